// Table-driven tests of each construction, on sentences written for the tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <tuple>

#include "extract/extractor.hpp"

using namespace actorgraph::extract;

namespace {

// "source relation target" (+ " neg" / " spec") of every event of one sentence.
std::set<std::string> events_of(const std::string& text) {
    static const Extractor ex = Extractor::rules_only(Lexicon::builtin());
    Article a;
    a.doc = "t";
    a.text = text;
    std::set<std::string> out;
    for (const auto& e : ex.extract(a).events) {
        std::string s = e.source + " " + std::string(actorgraph::relation_name(e.relation)) + " " + e.target;
        if (e.negated) s += " neg";
        if (e.speculative) s += " spec";
        if (e.claimed) s += " claimed";
        out.insert(s);
    }
    return out;
}

struct Case {
    const char* construction;
    const char* text;
    std::set<std::string> expected;
};

}  // namespace

TEST_CASE("relation constructions") {
    const std::vector<Case> cases{
        {"active verb VSO", "تدعم روسيا النظام في حربه.", {"russia support regime"}},
        {"active verb SVO, clitics", "وروسيا تدعم بقوة للنظام.", {"russia support regime"}},
        {"verb with object pronoun after a relative", "قاتلت المعارضة، التي تدعمها تركيا، في الشمال.", {"turkey support opposition"}},
        {"verb with object pronoun, indefinite relative", "انتشرت ميليشيات تديرها إيران في المدينة.", {"iran support shia_militias"}},
        {"passive participle with من", "تقدمت القوات الحكومية المدعومة من روسيا نحو المدينة.", {"russia support regime"}},
        {"participle with ب, coordinated list distributes", "تقدم الجيش السوري مدعوماً بروسيا وإيران وحزب الله.",
         {"russia support regime", "iran support regime", "hezbollah support regime"}},
        {"adverbial nisba agent", "يتقدم الأكراد المدعومون أميركياً في الشمال.", {"usa support sdf"}},
        {"verbal noun with genitive agent and ل patient", "تحدث عن دعم واشنطن للأكراد في الرقة.", {"usa support sdf"}},
        {"verbal noun with nisba agent and على patient", "أدان الهجوم التركي على الأكراد في عفرين.", {"turkey conflict sdf"}},
        {"talks with مع after the subject", "قالت موسكو إنها ستبدأ محادثات مع واشنطن.", {"russia negotiation usa"}},
        {"call between X and Y", "جرى اتصال هاتفي بين بوتين وأردوغان أمس.", {"russia negotiation turkey"}},
        {"ضد", "تخوض الولايات المتحدة حربا ضد تنظيم داعش.", {"usa conflict isis"}},
        {"على حساب", "تقدم الأكراد على حساب فصائل المعارضة.", {"sdf conflict opposition"}},
        {"apposition after allies", "حاصر الأسد وحلفاؤه - روسيا وإيران - المدينة.", {"russia support regime", "iran support regime"}},
        {"X ally of Y: the ally backs Y (the gold's convention); saving backs the saved", "أنقذ بوتين الأسد حليف موسكو.",
         {"russia support regime", "regime support russia"}},
        {"X، the strongest of Y's allies: X backs Y", "قالت روسيا، أقوى حلفاء الأسد، إنها سترد.", {"russia support regime"}},
        {"X the main ally of (ل) Y", "وقعت السعودية، الحليف الرئيسي للولايات المتحدة، الاتفاق.", {"saudi_arabia support usa"}},
        {"the ally of Y, X (apposition after the possessor)", "عاد حليف إيران، الرئيس السوري بشار الأسد، إلى القصر.",
         {"regime support iran"}},
        {"her ally X: the ally backs the pronoun's antecedent (and the protection backs the protected)",
         "استخدمت روسيا الفيتو حماية لحليفتها طهران.", {"iran support russia", "russia support iran"}},
        {"affiliated to", "تقدمت الميليشيات التابعة لإيران.", {"iran support shia_militias"}},
        {"opposed to", "تحصن الثوار المعارضون لنظام الأسد في المدينة.", {"opposition conflict regime"}},
        {"origin phrase is not a participant", "قاتلت روسيا وفصائل شيعية من العراق المعارضة.",
         {"russia conflict opposition", "shia_militias conflict opposition"}},
        {"negation", "لم تدعم روسيا المعارضة.", {"russia support opposition neg"}},
        {"negation verb", "نفت موسكو دعم الأكراد.", {"russia support sdf neg"}},
        {"speculation", "ربما تدعم تركيا المعارضة.", {"turkey support opposition spec"}},
        {"قد + imperfect hedges", "قد تهاجم تركيا الأكراد.", {"turkey conflict sdf spec"}},
        {"a threatened sanction is none yet", "هددت الولايات المتحدة بفرض عقوبات على تركيا.",
         {"usa criticism turkey spec"}},
        {"a threat of force is conflict itself", "هددت تركيا بمهاجمة الأكراد.", {"turkey conflict sdf"}},
        {"a condition after the cue hedges it", "ستفرض الولايات المتحدة عقوبات على تركيا ما لم تفرج عن القس.",
         {"usa criticism turkey spec"}},
        {"a condition after a comma is another clause's", "فرضت الولايات المتحدة عقوبات على تركيا، وإذا استمر التوتر سترد أنقرة.",
         {"usa criticism turkey"}},
        {"a relative clause keeps its own modality", "تخشى تركيا التي تدعم المعارضة تدفق اللاجئين.",
         {"turkey support opposition"}},
        {"fears of a war are no war", "تزايدت المخاوف من حرب تجارية بين الولايات المتحدة والصين.",
         {"usa criticism china spec"}},
        {"a conflict verb on someone's statements is words", "هاجمت الصين تصريحات ترامب.", {"china criticism usa"}},
        {"coordinated parties meeting a partner meet it, not each other", "يجتمع ماكرون وميركل مع ترامب في واشنطن.",
         {"france negotiation usa", "germany negotiation usa"}},
        {"an ally named after where the alliance holds", "وتطالب واشنطن حليفتها في حلف الناتو تركيا بترحيله.",
         {"turkey support usa"}},
        {"an ally named after a place", "وتدعم إيران حليفها في لبنان حزب الله.", {"hezbollah support iran"}},
        {"a strike attributed to a party is not affirmed", "قتل 15 مقاتلا في ضربة ليلية نسبت إلى إسرائيل واستهدفت مستودعا للحرس الثوري الإيراني.",
         {"israel conflict iran spec"}},
        {"advice not to negotiate is no negotiation", "نصح ترامب بريطانيا بألا تتفاوض مع الاتحاد الأوروبي.",
         {"uk negotiation eu neg"}},
        {"targets in a country are no party", "شنت بريطانيا ضربات ضد أهداف بسوريا.", {}},
        {"a war to avoid is no war", "دعا إلى خطوات لتجنب حرب تجارية بين الولايات المتحدة والصين.",
         {"usa criticism china neg"}},
        {"a deal two leaders want is none yet", "ماكرون وترامب يريدان اتفاقا جديدا مع إيران.",
         {"france negotiation iran spec", "usa negotiation iran spec"}},
        {"a holder named after what was hit", "شنت المقاتلات الروسية غارات على مواقع تسيطر عليها المعارضة.",
         {"russia conflict opposition"}},
        {"stacked nisbas name several parties", "وقع الاتفاق الروسي التركي الإيراني في أستانا.",
         {"russia negotiation turkey", "russia negotiation iran", "turkey negotiation iran"}},
        {"indefinite plural gentilics in a list", "عقد اجتماع بين مسؤولين سوريين وروس وأتراك.",
         {"regime negotiation russia", "regime negotiation turkey", "russia negotiation turkey"}},
        {"a noun opening the sentence reads as a verb with its object", "قصف الجيش التركي مواقع داعش.",
         {"turkey conflict isis"}},
        {"not once a word precedes it", "وأضاف أن قصف الجيش التركي مواقع داعش مستمر.", {}},
        {"قد + past asserts", "وقد استهدفت روسيا المعارضة.", {"russia conflict opposition"}},
        {"no cue, no relation", "زار بوتين وأردوغان المدينة.", {}},
        {"ضد without a use of force is not armed conflict", "صوتت روسيا ضد مشروع القرار الفرنسي.", {}},
        {"ضد after a military campaign", "شنت تركيا حملة عسكرية واسعة ضد الأكراد.", {"turkey conflict sdf"}},
        {"withdrawing from a deal: the deal was made (the gold's reading)", "أعلنت واشنطن انسحابها من الاتفاق مع طهران.",
         {"usa negotiation iran"}},
        {"negation over a verb and its preposition", "قالت موسكو إنها لا ترغب في التفاوض مع واشنطن.",
         {"russia negotiation usa neg spec"}},
        {"mediators are not parties", "صمدت هدنة توسطت فيها قطر وتركيا.", {}},
        {"a nisba adjective of a thing is no participant", "أيدت مصر الخطة الأمريكية.", {}},
        {"a nisba after a host noun names the actor", "قصفت روسيا مواقع تركية قرب الحدود.", {"russia conflict turkey"}},
        {"a nisba after a verbal noun is its agent only", "سقطت البلدة بيد القوات السورية بعد قصف روسي عنيف.", {}},
        {"bare militias need a pro-Iranian qualifier", "وقصفت الميليشيات مواقع القوات الحكومية.", {}},
        {"Houthi militias", "قصفت مليشيات الحوثي مواقع الجيش اليمني.", {"houthis conflict yemen"}},
        {"a verb after a clause opener has its own subject", "انسحب المسلحون من البلدة بعد أن هددت تركيا بعمل عسكري.", {}},
        {"a place after في is no participant", "تعمل الشركات الأمريكية في تركيا لصالح المعارضة.", {}},
        {"agreement about others between countries", "توصلوا إلى اتفاق حول توزيع اللاجئين بين فرنسا وألمانيا.", {}},
        {"with X's support, X backs the subject", "تتقدم قوات النظام بدعم روسي نحو مواقع الفصائل المعارضة.", {"russia support regime"}},
        {"loyal to X: the loyal backs X (the gold's convention 3)", "انتشر مسلحو الحوثي الموالون لإيران في المدينة.",
         {"houthis support iran"}},
        {"a statement is no attack", "أكد حزب الله أن حرب واشنطن على المنطقة لن تنجح.", {}},
        {"the agent of a participle is no subject of what follows", "شنت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة هجوما ضد داعش.",
         {"usa support sdf", "sdf conflict isis"}},
        {"a place after جنوب", "أعلن الوزير خلال قمة الاتحاد الأوروبي إقامة مراكز جنوب ليبيا.", {}},
        {"purpose clause: the helper backs X and fights Y; الحكومة is the country named as a place, لكنها the subject",
         "سحبت فرنسا قواتها من لبنان ولكنها أرسلت مستشارين لمساعدة الحكومة على محاربة تنظيم داعش.",
         {"france support lebanon", "lebanon conflict isis", "france conflict isis"}},
        {"a generic word is none of its sentence's participants: the government here is not Russia's",
         "قالت روسيا إن الحكومة تقاتل تنظيم داعش.", {"regime conflict isis"}},
        {"a generic word takes the article's country: the rebels of a Yemen report are the Houthis",
         "قصفت مقاتلات التحالف العربي مواقع المتمردين في صنعاء اليمنية.", {"saudi_arabia conflict houthis"}},
        {"a generic word takes its nisba's country", "هاجمت القوات الحكومية اليمنية مواقع تنظيم داعش.", {"yemen conflict isis"}},
        {"a bare الحكومة with its own adjective is its nisba's government, not the place named before",
         "استعاد الجيش في العراق المدينة ثم هاجمت الحكومة الليبية تنظيم داعش.", {"libya conflict isis"}},
        {"rebels in a report set in a country they have no actor for are left out, not made Syria's",
         "هاجمت الحكومة الليبية المسلحين في ليبيا.", {}},
        {"a country coordinated with a state is its government", "وقع الأتراك والسوريون اتفاقا مع الأردن.",
         {"turkey negotiation jordan", "regime negotiation jordan"}},
        {"the Syrians on their own are not the regime", "قصفت روسيا السوريين في إدلب.", {"russia conflict syrian_people"}},
        {"forces a supporter backs fight alongside it", "تمكن الجيش العراقي تسانده قوات أمريكية من تدمير مواقع تنظيم داعش.",
         {"usa support iraq", "usa conflict isis", "iraq conflict isis"}},
        {"allies named right after و+حلفاؤه back the actor before", "وصل النظام وحلفاؤه الروس إلى المدينة.", {"russia support regime"}},
        {"a protégé is backed by the actor before", "ظهرت إيران وربيبتها جماعة الحوثي في المشهد.", {"iran support houthis"}},
        {"the object of the verb is no apposition to allies", "انتقدت فرنسا وحلفاؤها إيران بشدة.", {}},
        {"a singular pronoun does not stand for a sound plural", "هاجمت تركيا المسلحين لكنها تدعم المعارضة.",
         {"turkey conflict opposition", "turkey support opposition"}},
        {"a people qualified by another actor is no state", "اتفق الأتراك والسوريين الأكراد على هدنة.",
         {"turkey negotiation syrian_people", "turkey negotiation sdf", "syrian_people negotiation sdf"}},
        {"feminine حليفة is no pronoun: Tehran, Damascus's ally, backs it", "حذرت طهران حليفة دمشق من التصعيد.",
         {"iran support regime"}},
        {"a military noun hosts the nisba agent; headquarters of X: X is the patient",
         "قصفت الطائرات الروسية مقرات جبهة النصرة في ريف إدلب.", {"russia conflict nusra"}},
        {"fighters of X as the VSO subject", "واقتحم عناصر تنظيم داعش مقرات قوات سوريا الديمقراطية.", {"isis conflict sdf"}},
        {"targets affiliated to X and Y are theirs", "نفذت الولايات المتحدة ضربات جوية على أهداف تابعة لتنظيم داعش وجبهة النصرة.",
         {"usa conflict isis", "usa conflict nusra"}},
        {"fighting alongside X backs X", "يقاتل عناصر حزب الله جنباً إلى جنب مع الجيش السوري.", {"hezbollah support regime"}},
        {"fighting in the ranks of X backs X", "تقاتل ميليشيات إيرانية في صفوف قوات النظام.", {"shia_militias support regime"}},
        {"fighting for X is no conflict with X", "قاتلت فصائل المعارضة لصالح تركيا في عفرين.", {"opposition support turkey"}},
        {"casualties in the ranks of X are no support", "سقط قتلى في صفوف قوات النظام.", {}},
        {"with X's support backs the subject, not the patient of ضد",
         "يشن الجيش اللبناني حملة عسكرية ضد مسلحي داعش على الحدود بدعم من الولايات المتحدة.",
         {"lebanon conflict isis", "usa support lebanon"}},
        {"accused of backing: the accused backs the genitive, a claim; the accusation is criticism",
         "اتهمت الولايات المتحدة روسيا بدعم النظام.", {"russia support regime claimed", "usa criticism russia"}},
        {"discussed with, VSO with a title and a name", "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الإيراني في موسكو الملف النووي.",
         {"russia negotiation iran"}},
        {"discusses with, SVO", "الرئيس الفرنسي يبحث مع ولي العهد السعودي الأزمة.", {"france negotiation saudi_arabia"}},
        {"searching for is no talks", "تبحث القوات العراقية عن عناصر داعش.", {}},
        {"expelling diplomats is no armed conflict", "قررت فرنسا طرد 12 دبلوماسيا إيرانيا من باريس.", {}},
        {"a sharp verbal attack is no armed conflict but criticism", "شن أردوغان هجوما حادا على واشنطن في خطابه.",
         {"turkey criticism usa"}},
        {"an accuser is no agent when the accused is unknown", "واتهمت روسيا الصحفي بدعم المعارضة.", {}},
        {"a relative clause on the patient of ضد has its own subject",
         "تقاتل السعودية ضد ميليشيات الحوثي، التي تشن بدعم من إيران هجمات.", {"saudi_arabia conflict houthis", "iran support houthis"}},
        {"by X after a passive verbal noun is its agent, not its patient", "تعرضت حلب لقصف جوي من قبل طائرات فرنسية.", {}},
        {"harakat and tatweel do not matter", "تَدْعَمُ رُوسْيَا النِّظَـــامَ.", {"russia support regime"}},
    };
    for (const auto& c : cases) {
        INFO(c.construction << ": " << c.text);
        CHECK(events_of(c.text) == c.expected);
    }
}

TEST_CASE("events carry exact offsets, title and date, and a repeated paragraph counts once") {
    const std::string para = "تدعم روسيا النظام في حربه.\n";
    const std::string file = "<DOC><DOCNO>D1</DOCNO><TITLE>عنوان</TITLE><TIME>Mon, 05 Mar 2018 10:00:00 GMT</TIME><TEXT>\n" +
                             para + para + "</TEXT></DOC>";
    std::vector<ReadWarning> w;
    const auto arts = parse_articles(file, "f", w);
    REQUIRE(arts.size() == 1);
    const auto r = Extractor::rules_only(Lexicon::builtin()).extract(arts[0]);
    REQUIRE(r.events.size() == 1);
    const Event& e = r.events[0];
    CHECK(file.substr(e.begin, e.end - e.begin) == e.text);
    CHECK(e.text == "تدعم روسيا النظام في حربه.");
    CHECK(e.doc == "D1");
    CHECK(e.title == "عنوان");
    CHECK(e.date == "2018-03-05");
    CHECK(e.cue == "تدعم");
    CHECK(e.source_entity == "russia");
    CHECK(e.weight > 0);
    const auto regime = std::find_if(r.mentions.begin(), r.mentions.end(), [](const auto& m) { return m.first == "regime"; });
    REQUIRE(regime != r.mentions.end());
    CHECK(regime->second == 1);
}
