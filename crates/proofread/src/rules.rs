//! Which of Harper's rules a letter is checked with.
//!
//! Harper 3 has about 930 rules and its curated configuration turns on
//! nearly all of them. Each costs a little on every clause, and they add
//! up: checking a new 250-word letter with all of them took about 15 ms of
//! rule time, three times the rest of a check. Most are about writing this
//! letter checker does not see or does not report: documentation and code
//! ("stdin", "dereference"), brand, product and place names, regional
//! spellings, and matters of style (house style, wordiness, hedging), whose
//! findings [`Proofreader::check`](crate::Proofreader::check) drops anyway.
//!
//! [`LETTER_RULES`] keeps about 300: the ones that catch what a reader
//! holds against the writer of a job-search letter. They were chosen by
//! Harper's own category for each rule and by what each costs:
//!
//! - every rule of a kind that letters need (grammar and agreement, confused
//!   and misused words, typos that are still words, words split or run
//!   together, repeated words, capitals and punctuation), less those about
//!   code, names of places and products, and rare phrases ("wrought iron",
//!   "scantily clad", "pedal to the metal") that cost more than they catch;
//! - of the idioms and prepositions, the ones letters use ("interested in",
//!   "bare with me", "look forward to", "due to");
//! - every rule that catches a mistake in the evaluation letters (`eval/`).
//!
//! Rules that cost over 20 µs a letter were kept only for mistakes letters
//! make ("advice" and "advise", "its" and "it's", "passed" and "past",
//! "exited" for "excited"). With the others off, a new letter's rules take
//! about a quarter of the time; see the crate documentation for the figures.
//!
//! Harper's rule types are private, so a group with only these rules cannot
//! be built: the whole curated group is built (a few milliseconds once the
//! dictionary exists) and every other rule is off, which costs nothing when
//! checking.

use harper_core::linting::FlatConfig;

/// Harper rules that would qualify for letters but are off, each with the
/// reason; none is in [`LETTER_RULES`].
///
/// Each was seen firing on correct letters in the evaluation set (see
/// `eval/`), or asks for a house style that is not a mistake in a letter.
pub const DISABLED_RULES: &[(&str, &str)] = &[
    (
        "SpellCheck",
        "replaced by this crate's own spelling check, which accepts every English dialect's spelling, knows the letter's names and searches at most three edits away (Harper's goes to four, which costs a third of a second the first time on each thread)",
    ),
    (
        "RoadMap",
        "flags \"roadmap\", the usual spelling in product and engineering letters",
    ),
    (
        "GoodAt",
        "reads \"things are good in Sydney\" as a skill (\"good at\"); letters say where people are",
    ),
    (
        "MissingTo",
        "asks for \"to\" after \"agrees\" in \"the plan she agrees with\"; it caught nothing else in the evaluation",
    ),
];

/// The Harper rules a letter is checked with, by their names in Harper's
/// configuration; every other rule is off.
///
/// About 300 of Harper's 930: the ones that catch what a reader holds
/// against the writer of a letter, chosen by Harper's category for each rule
/// and by what it costs. Being short is what makes checking a new letter
/// fast: Harper spends a little on every clause for each rule that is on.
#[rustfmt::skip]
pub const LETTER_RULES: &[&str] = &[
    // Grammar and agreement: verb forms, pronouns, articles, "its" and "it's",
    // "there", "their" and "they're".
    "ALongTime", "AfterAWhile", "AllReady", "AllowTo", "AnA", "AnotherOnes", "AnotherThings",
    "AsEvidentBy", "AsFollows", "BarelyUn", "BeAllowed", "BeConcerned", "BeShocked", "BeWorried",
    "ComplainAsNoun", "CompoundSubjectI", "CorrectNumberSuffix", "DespiteItIs", "DidPast",
    "DoIAdjective", "DontCan", "DoubleModal", "DoubleNegative", "EachOthersPossessive",
    "ElsePossessive", "ForALongTime", "ForSameReason", "FriendOfMe", "HadOf", "HavePronoun",
    "HelpedPast", "HowDoesCompared", "HyphenateNumberDay", "IAmAgreement", "IDo", "InAWhile",
    "IsBeenAuxSequence", "ItAreTheOne", "ItTimeAuxiliary", "ItsPossessive", "KnowNothingVerb",
    "LookInto", "MassNouns", "MissingPreposition", "ModalSeem", "Months", "MostNumber",
    "NeedToNoun", "NoLongerPronoun", "NominalWants", "NorModalPronoun", "NotOnlyInversion",
    "OutOfCuriosity", "OutOfDate", "PrincipleToPrincipalRoleNoun", "PronounInflectionBe",
    "PronounVerbAgreement", "QuantifierNeedsOf", "QuantifierNumeralConflict", "RegularIrregulars",
    "RelayOnForRely", "ResponsibleFor", "SameAs", "ShowCase", "SimplePastToPastParticiple",
    "SinceDuration", "SingleBe", "SomebodyElses", "SoonToBe", "SubjectPronoun", "ThanksALot",
    "TheAnother", "TheHowWhy", "TheirToThere", "TheirToTheyre", "ThenThan", "ThereAfterCompound",
    "ThereIsAgreement", "ThereMissingIsClause", "ThereToTheir", "TheyToThem", "TheyreConfusions",
    "TheyreToTheir", "ThisTypeOfThing", "ToAdverb", "WayTooAdjective", "WellEducated",
    "WentAheadAndAgreement", "WhomSubjectOfVerb", "WidelyAccepted", "WillContain", "WillNonLemma",
    "WishCould", "WorthToDo", "YourPredicateAdjective", "Yourself",
    // Confused words: "advice" and "advise", "passed" and "past", "peaked" and
    // "piqued", "to" and "too", "would of".
    "APart", "AdjectiveDoubleDegree", "AllIntentsAndPurposes", "AllOfASudden", "Alongside",
    "AmountsFor", "ApartFrom", "AsOfCurrently", "AsOfLately", "AskNoPreposition",
    "AtTheEndOfTheDay", "AtTheVeryLeast", "Bought", "CaseInPoint", "CloseTightKnit", "Confident",
    "DenyOffer", "DespiteOf", "EludedTo", "Everyday", "FindOut", "ForNoun", "FormativeYears",
    "FreePredicate", "GoSoFarAsTo", "Gonna", "Gotta", "HandfulOfMore", "Hereby", "HopHope", "HowTo",
    "IfWouldve", "InTheFirstPlace", "InflectedVerbAfterTo", "Initiatively", "Insensitive",
    "Insurmountable", "LastNight", "LessWorse", "LetsConfusion", "Likewise", "LookingForwardTo",
    "MergeWords", "ModalOf", "NoMatchFor", "Nobody", "NounVerbConfusion", "OfCourse", "PassedPast",
    "PhrasalVerbAsCompoundNoun", "PiqueInterest", "PossessiveYour", "ProgressiveNeedsBe",
    "PronounAre", "PronounContraction", "PronounKnew", "QuiteMany", "Respond", "SomeWithoutArticle",
    "SomethingIs", "ThereOwn", "Theres", "ToTwoToo", "TooTo", "VeryUnique", "Wanna", "Whereas",
    "WrongNegative",
    // Typos that are still words, and words split or run together ("exited" for
    // "excited", "alot", "pipline").
    "AWhile", "AfterAll", "Albeit", "AllThough", "AndIn", "AtLeasToLeast", "BeenThere",
    "BestRegards", "BetterOffWith", "CanBeSeen", "Didnt", "DisjointPrefixes", "DoNotWant",
    "EachAndEveryOne", "EverEvery", "EverSince", "ExitedExcitedContext", "FeelFell", "FindFine",
    "ForAWhile", "GoingTo", "Handful", "IAm", "InADifferentDirection", "InAnyWay", "InLieuOf",
    "InThe", "InsteadOf", "IsKnownFor", "ItCan", "IveGotTo", "KindRegards", "LetAlone",
    "LooksLikes", "Misspell", "MoreThatLikely", "NeedHelp", "NotIn", "NotTo", "OkToOkay",
    "OpenCompounds", "PerSe", "QuiteQuiet", "SomeOfThe", "SpecialAttention", "SplitWords",
    "SummarySummery", "ThatThan", "ThatThis", "The", "TheTheToThatThe", "ThingThink",
    "ThoughThought", "ToLoseTooLoose", "ToTo", "TransposedSpace", "VerbToAdjective", "WereWhere",
    "WrongApostrophe",
    // Idioms and prepositions ("interested on", "bare in mind", "look forward to hear").
    "AdvantageOf", "ArriveTo", "AsLongAs", "AtLestToLeast", "AtTheExpenseOf", "AwareOf", "BadRap",
    "BareInMind", "BareWithMe", "Beforehand", "BesideThePoint", "ByAccident", "ChangeTack",
    "ClaimToFame", "ComfortableWith", "CommitmentTo", "CuriousAbout", "Discuss", "DoMistake",
    "DoToDueTo", "EnRoute", "EveryTime", "ExplanationMark", "FascinatedBy", "FreeRein", "GetUsedTo",
    "Impressed", "InDueCourse", "InNeedOf", "InspiredBy", "InterestedIn", "JealousOf",
    "LastButNotLeast", "LikeAsIf", "LookForwardTo", "MakeSense", "ManagerialReins", "MeansALotTo",
    "MixedBag", "NerveRacking", "OughtToBe", "PassionateAbout", "Payed", "PeaceOfMind",
    "SoughtAfter", "SubjectAndObjectPronoun", "SupposedTo", "TakeCareOf", "TakePrideIn", "Themself",
    "ToDoHyphen", "ToSomeDegree", "ToTooIdioms", "ToWorryAbout", "TrustIn", "Unless", "UseToUsedTo",
    "VeryLess", "WantBe", "WorseOrWorst",
    // Repeated words.
    "CriteriaPhenomena", "MultipleSequentialPronouns", "RedundantThat", "RepeatedWords",
    "ThatWhich", "TheMy",
    // Capitals, punctuation and spacing.
    "CapitalizePersonalPronouns", "CommaFixes", "CurrencyPlacement", "DiscourseMarkers",
    "DoubleCheckHyphen", "EllipsisLength", "ItsContraction", "NoFrenchSpaces",
    "NumberSuffixCapitalization", "OrthographicConsistency", "QuoteSpacing",
    "SentenceCapitalization", "Spaces", "UnclosedQuotes", "ViceVersa", "WellBeing",
    "WorstCaseScenario",
];

/// The rule configuration of a letter check: [`LETTER_RULES`] on, and every
/// other rule off by being absent (Harper hashes the configuration for each
/// sentence it checks, so a short one is also a cheap one).
pub(crate) fn letter_config() -> FlatConfig {
    let mut config = FlatConfig::default();
    for rule in LETTER_RULES {
        config.set_rule_enabled(*rule, true);
    }
    config
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use harper_core::Dialect;
    use harper_core::linting::{LintGroup, StructuredConfig};
    use harper_core::spell::MutableDictionary;

    use super::*;

    #[test]
    fn letter_rules_are_curated_rules_and_none_is_disabled() {
        // The rules of a group do not depend on its dictionary.
        let group = LintGroup::new_curated(Arc::new(MutableDictionary::new()), Dialect::American);
        let curated = StructuredConfig::curated()
            .to_flat_config()
            .expect("Harper's curated configuration is valid");
        let names: Vec<&str> = group.iter_keys().collect();
        for rule in LETTER_RULES {
            assert!(names.contains(rule), "Harper has no rule {rule}");
            assert!(curated.is_rule_enabled(rule), "Harper keeps {rule} off");
            assert!(
                !DISABLED_RULES.iter().any(|(r, _)| r == rule),
                "{rule} is disabled"
            );
        }
        let mut sorted = LETTER_RULES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), LETTER_RULES.len(), "a rule is listed twice");
    }
}
