#include <catch2/catch.hpp>
#include "extract/extractor.hpp"
TEST_CASE("builtin lexicon loads") { REQUIRE(actorgraph::extract::Lexicon::builtin()->find("russia")); }
