#include "engine/formats/timeline_csv.hpp"

#include "engine/formats/text_escape.hpp"

namespace actorgraph::engine {

std::string timeline_csv(const std::vector<TimelineRow>& rows,
                         const std::map<std::string, std::array<std::string, 2>>& labels) {
    auto label = [&](const std::string& id, std::size_t language) {
        const auto it = labels.find(id);
        return it == labels.end() ? std::string() : it->second[language];
    };
    std::string text = "\xEF\xBB\xBF"
                       "period,source,source_label,source_label_ar,target,target_label,target_label_ar,relation,"
                       "weight,mentions,documents,articles,weight_per_100_articles\n";
    for (const TimelineRow& row : rows) {
        for (const std::string& field :
             {row.period, row.source, label(row.source, 0), label(row.source, 1), row.target, label(row.target, 0),
              label(row.target, 1), std::string(relation_name(row.relation))})
            text += csv_field(field) + ",";
        text += csv_number(row.weight) + "," + std::to_string(row.mentions) + "," + std::to_string(row.documents) +
                "," + std::to_string(row.articles) + "," + csv_number(row.weight_per_100) + "\n";
    }
    return text;
}

}  // namespace actorgraph::engine
