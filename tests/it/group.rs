//! Snapshots of the groups and their drift for the bundled example corpus.

use quotetrace::check::Verdict;
use quotetrace::corpus;
use quotetrace::drift::Severity;
use quotetrace::extract::{self, Extractor};
use quotetrace::grammar::Grammar;
use quotetrace::group::{self, lexicon::Lexicon};

/// The example corpus's quotes, which its groups borrow.
fn example_quotes() -> Vec<extract::Quote> {
    let loaded = corpus::load(&[crate::root().join("examples/corpus")], None);
    let results = extract::extract_all(&Extractor::default(), &loaded.articles);
    results.into_iter().flat_map(|r| r.quotes).collect()
}

fn groups_of(quotes: &[extract::Quote]) -> Vec<group::Group<'_>> {
    let quotes: Vec<_> = quotes.iter().collect();
    group::group(&quotes, &Lexicon::english(&Grammar::english()))
}

#[test]
fn example_corpus_group_snapshot() {
    let quotes = example_quotes();
    let groups: Vec<_> = groups_of(&quotes)
        .into_iter()
        .filter(|g| g.members.len() > 1)
        .collect();
    crate::snapshot_settings()
        .bind(|| insta::assert_json_snapshot!("groups-example-corpus", groups));
}

#[test]
fn translations_and_reorders_are_one_utterance() {
    let quotes = example_quotes();
    let groups = groups_of(&quotes);
    let find = |words: &str| {
        groups
            .iter()
            .find(|g| g.members.iter().any(|m| m.text.contains(words)))
            .unwrap_or_else(|| panic!("no group holds {words:?}"))
    };
    // "deeply value" (Courier) / "highly appreciate" (Wire) / "value the steady position" (Vell)
    let steady = find("highly appreciate the steady approach");
    assert!(
        steady
            .members
            .iter()
            .any(|m| m.text.contains("value the steady position"))
    );
    assert_eq!(steady.speaker.as_deref(), Some("Ada Quill"));
    // "doubts and worries" / "worries and doubts"
    let worries = find("worries and doubts");
    assert!(
        worries
            .members
            .iter()
            .any(|m| m.text.contains("doubts and worries"))
    );
    assert!(
        worries
            .members
            .iter()
            .all(|m| m.severity <= Severity::WordingDrift)
    );
}

#[test]
fn output_is_deterministic() {
    let (first, second) = (example_quotes(), example_quotes());
    let a = serde_json::to_string(&groups_of(&first)).unwrap();
    let b = serde_json::to_string(&groups_of(&second)).unwrap();
    assert_eq!(a, b);
}

/// Groups of the quotes of articles given as (id, outlet, text).
fn quotes_of_articles(articles: &[(&str, &str, &str)]) -> Vec<extract::Quote> {
    let articles: Vec<corpus::Article> = articles
        .iter()
        .map(|&(id, outlet, text)| corpus::Article {
            id: id.into(),
            outlet: Some(outlet.into()),
            text: text.into(),
            ..corpus::Article::default()
        })
        .collect();
    let results = extract::extract_all(&Extractor::default(), &articles);
    results.into_iter().flat_map(|r| r.quotes).collect()
}

/// The index of the group with a member of exactly these words.
fn group_holding(groups: &[group::Group], text: &str) -> usize {
    groups
        .iter()
        .position(|g| g.members.iter().any(|m| m.text == text))
        .unwrap_or_else(|| panic!("no group holds {text:?}: {groups:?}"))
}

/// Every member's edits in a group, described.
fn edits_of(group: &group::Group) -> Vec<String> {
    group
        .members
        .iter()
        .flat_map(|m| m.edits.iter().map(|e| e.describe()))
        .collect()
}

#[test]
fn the_sentences_of_one_quote_are_different_utterances() {
    // Two sentences of one answer with nearly the same words, quoted whole
    // by two outlets and apart by a third: two utterances, each said three
    // times, not one said six.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“I’m not going to say that I’m not going to finish it. I’m not \
             saying that I am going to finish it,” Governor Paul LePage said \
             on Tuesday.\n",
        ),
        (
            "courier",
            "Courier",
            "Paul LePage told a radio host: “I’m not going to say that I’m \
             not going to finish it. I’m not saying that I am going to \
             finish it.”\n",
        ),
        (
            "vell",
            "Vell",
            "“I’m not going to say that I’m not going to finish it,” Paul \
             LePage said. “I’m not saying that I am going to finish it.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let texts = |g: &group::Group| -> Vec<String> {
        g.members.iter().map(|m| m.text.to_string()).collect()
    };
    let holding = |words: &str| -> Vec<Vec<String>> {
        groups
            .iter()
            .filter(|g| g.members.iter().any(|m| m.text.contains(words)))
            .map(texts)
            .collect()
    };
    let (say, saying) = (holding("going to say"), holding("not saying"));
    assert_eq!((say.len(), saying.len()), (1, 1), "{say:?} {saying:?}");
    assert_eq!(say[0].len(), 3, "{:?}", say[0]);
    assert_eq!(saying[0].len(), 3, "{:?}", saying[0]);
    assert!(
        say[0].iter().all(|t| !t.contains("not saying")),
        "{:?}",
        say[0]
    );
}

#[test]
fn sentences_that_share_only_a_name_are_different_utterances() {
    // Two voters (one unnamed) say "Donald Trump" and nothing else alike;
    // a slogan in title case is still its own words.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "The rally went on.\n\n“Donald Trump’s not about that. He is focused.”\n\n\
             Supporters chanted “Make America Great Again.”\n",
        ),
        (
            "courier",
            "Courier",
            "Ana Lopez said: “Donald Trump scares me. I am afraid.”\n\n\
             The crowd chanted “make America great again.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    assert_ne!(
        group_of("Donald Trump’s not about that."),
        group_of("Donald Trump scares me.")
    );
    assert_eq!(
        group_of("Make America Great Again."),
        group_of("make America great again.")
    );
}

#[test]
fn sentences_that_share_only_synonyms_are_different_utterances() {
    // "place" is a "home" and "earth" is "land" in some sense, but the two
    // sentences have no word in common: two utterances.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“As a nation, we remain committed to welcoming the stranger with empathy \
             and an open heart — from the refugee who flees war-torn lands to the \
             immigrant who leaves home in search of a better life,” he said.\n",
        ),
        (
            "courier",
            "Courier",
            "“We'll walk away that much more in love with this country,” he said, \
             “the only place on earth where this story could have unfolded.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    assert_ne!(
        group_of(
            "As a nation, we remain committed to welcoming the stranger with empathy and an \
             open heart — from the refugee who flees war-torn lands to the immigrant who \
             leaves home in search of a better life,"
        ),
        group_of("the only place on earth where this story could have unfolded.")
    );
}

#[test]
fn a_sentence_quoted_whole_is_no_part_of_another_by_one_word() {
    // "Must be tough." is a sentence of its own, said another day; sharing
    // "tough" with the speaker's longer sentence does not make it a part
    // of it. A fragment ("get tough") still is.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“If we do not get tough and smart real fast, we are not going to \
             have a country anymore,” Donald Trump said.\n",
        ),
        (
            "courier",
            "Courier",
            "Donald Trump wrote on Twitter: “Our leadership is weak and \
             ineffective. Must be tough.”\n\nHe said the country must \
             “get tough” now.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    let long = group_of(
        "If we do not get tough and smart real fast, we are not going to have a country anymore,",
    );
    assert_ne!(group_of("Must be tough."), long);
    assert_eq!(group_of("get tough"), long);
}

#[test]
fn units_that_share_one_word_as_such_are_not_one_utterance() {
    // "get" and "go" are verbs of one sense, and "want" is in both of the
    // first two: one word said alike is too little to make sentences of
    // three content words and more one utterance.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "The crowd cheered. “But I want to try to get —.”\n",
        ),
        (
            "courier",
            "Courier",
            "“I just want to know, where do we go from here?” Mary Blige said.\n",
        ),
        (
            "gazette",
            "Gazette",
            "“Are we going to get to where we need to be?” said Minyon Moore.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    let want = group_of("But I want to try to get —.");
    assert_ne!(
        group_of("I just want to know, where do we go from here?"),
        want
    );
    assert_ne!(
        group_of("Are we going to get to where we need to be?"),
        want
    );
}

#[test]
fn a_sentence_quoted_whole_is_part_of_another_that_holds_it_word_for_word() {
    // "Because we're going to go in there," has one content word, but the
    // other outlet's longer sentence holds it word for word ("gonna" is
    // "going to"), six words and more: one utterance, and so is the clause
    // after it.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“Because we’re gonna go in there and we’re gonna impeach him,” Ann Lee said.\n",
        ),
        (
            "courier",
            "Courier",
            "“Baby, they don’t. Because we’re going to go in there, and we’re going to \
             impeach him,” Ann Lee said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    let first = group_of("Because we’re going to go in there");
    assert_eq!(groups[first].members.len(), 2, "{:?}", groups[first]);
    let next = group_of("and we’re going to impeach him,");
    assert_eq!(groups[next].members.len(), 2, "{:?}", groups[next]);
}

#[test]
fn short_sentences_quoted_alike_and_comma_splices() {
    // "I will not resign," has one content word: the same words from one
    // speaker in two outlets are one utterance. A comma splice is cut where
    // another outlet puts a full stop.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“I will not resign,” Governor Paul LePage said.\n\n“I don’t like that \
             language, I wouldn’t use that language,” Nancy Pelosi said.\n",
        ),
        (
            "courier",
            "Courier",
            "“I will not resign,” Paul LePage told reporters.\n\n“I don’t like that \
             language. I wouldn’t use that language,” Nancy Pelosi said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| -> Vec<usize> {
        groups
            .iter()
            .enumerate()
            .filter(|(_, g)| g.members.iter().any(|m| m.text.starts_with(text)))
            .map(|(i, _)| i)
            .collect()
    };
    let resign = group_of("I will not resign");
    assert_eq!(resign.len(), 1, "{groups:#?}");
    assert_eq!(groups[resign[0]].members.len(), 2, "{groups:#?}");
    let like = group_of("I don’t like that language");
    assert_eq!(like.len(), 1, "{groups:#?}");
    assert_eq!(groups[like[0]].members.len(), 2, "{groups:#?}");
}

#[test]
fn a_censored_word_renders_the_word_it_hides() {
    // Each outlet hides the swear word its own way; all three render one
    // utterance, and the edit between them is named.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“We’re gonna go in there and we’re gonna impeach the \
             motherfucker,” Rashida Tlaib told supporters.\n",
        ),
        (
            "courier",
            "Courier",
            "Rashida Tlaib told supporters: “We’re gonna go in there and \
             we’re gonna impeach the motherf***.”\n",
        ),
        (
            "vell",
            "Vell",
            "Rashida Tlaib vowed to “impeach the motherf**ker” on Thursday.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let holding: Vec<&group::Group> = groups
        .iter()
        .filter(|g| g.members.iter().any(|m| m.text.contains("impeach")))
        .collect();
    assert_eq!(holding.len(), 1, "{groups:#?}");
    assert_eq!(holding[0].members.len(), 3, "{groups:#?}");
    let edits = edits_of(holding[0]);
    assert!(
        edits
            .iter()
            .any(|e| e == "censored motherfucker → motherf***"),
        "{edits:?}"
    );
}

#[test]
fn a_censored_word_hides_no_name() {
    // "b----" could be "Bronx" by its letters, but a word hidden is a swear
    // word, not a place: the binder's places are another utterance.
    let quotes = quotes_of_articles(&[
        (
            "fox",
            "Fox",
            "LePage said: “You little son-of-a-b----, socialist c---sucker.”\n\n\
             He said they are people from “the Bronx” and elsewhere.\n",
        ),
        (
            "hpo",
            "HuffPost",
            "LePage called him a “son-of-a-bitch, socialist cocksucker.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let bronx = group_holding(&groups, "the Bronx");
    assert_eq!(groups[bronx].members.len(), 1, "{:#?}", groups[bronx]);
    // The swear words still render each other.
    let swearing = group_holding(&groups, "son-of-a-bitch, socialist cocksucker.");
    assert_eq!(groups[swearing].members.len(), 2, "{:#?}", groups[swearing]);
}

#[test]
fn an_amount_in_another_currency_is_one_utterance_with_its_meaning_changed() {
    let quotes = quotes_of_articles(&[
        ("wire", "Wire", "“We have $5,” Ann Lee said.\n"),
        ("courier", "Courier", "“We have €5,” Ann Lee said.\n"),
        ("vell", "Vell", "“We have $5,” Ann Lee said.\n"),
        ("post", "Post", "“We have 5 dollars,” Ann Lee said.\n"),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert_eq!(groups[0].reference, "We have $5,");
    let severity = |text: &str| {
        let member = groups[0].members.iter().find(|m| m.text == text).unwrap();
        member.severity
    };
    assert_eq!(severity("We have €5,"), Severity::MeaningChanging);
    assert_eq!(severity("We have 5 dollars,"), Severity::Cosmetic);
}

#[test]
fn a_name_called_by_one_word_of_it_elsewhere_is_no_misattribution() {
    // One outlet names Wang Yi in full; another only as "Wang", which no
    // article makes fuller. That is no other speaker; Xi Jinping is.
    let said = "“We will not be intimidated by threats,”";
    let quotes = quotes_of_articles(&[
        (
            "a",
            "A",
            &format!("Talks\n\n{said} Foreign Minister Wang Yi said.\n"),
        ),
        ("b", "B", &format!("Talks\n\n{said} Wang said.\n")),
    ]);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Wang Yi"), Some("Wang")]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert!(!groups[0].misattributed, "{groups:#?}");
    let quotes = quotes_of_articles(&[
        (
            "a",
            "A",
            &format!("Talks\n\n{said} Foreign Minister Wang Yi said.\n"),
        ),
        ("b", "B", &format!("Talks\n\n{said} Wang said.\n")),
        (
            "c",
            "C",
            &format!("Talks\n\n{said} President Xi Jinping said.\n"),
        ),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let flagged: Vec<_> = groups[0]
        .members
        .iter()
        .filter(|m| m.severity == Severity::Misattributed)
        .map(|m| m.speaker)
        .collect();
    assert_eq!(flagged, [Some("Xi Jinping")]);
}

#[test]
fn the_same_sentence_from_two_speakers_is_flagged() {
    // Six words, verbatim, given to Lavrov by one outlet and to Peskov by
    // another: one utterance, misattributed somewhere. (Shorter shared
    // words, "well known", are no evidence against a speaker.)
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“We will not negotiate under fire,” Foreign Minister Sergey Lavrov said \
             on Monday. “Our conditions are well known.”\n",
        ),
        (
            "courier",
            "Courier",
            "“We will not negotiate under fire,” Kremlin spokesman Dmitry Peskov told \
             reporters. He said Moscow's conditions were “well known.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let fire: Vec<&group::Group> = groups
        .iter()
        .filter(|g| g.members.iter().any(|m| m.text.contains("under fire")))
        .collect();
    assert_eq!(fire.len(), 1, "{groups:#?}");
    assert_eq!(fire[0].members.len(), 2, "{groups:#?}");
    assert!(fire[0].misattributed, "{groups:#?}");
    assert!(
        groups
            .iter()
            .filter(|g| g.members.iter().any(|m| m.text.contains("well known")))
            .all(|g| !g.misattributed),
        "{groups:#?}"
    );
    // So is most of one sentence, word for word, cut from the other; not
    // six words shared by two longer sentences.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“We understand your questions and concerns about this,” Putin told Xi.\n\n\
             “We will keep working with all of our partners in the region,” Putin said.\n",
        ),
        (
            "courier",
            "Courier",
            "“We understand your questions and concerns,” Xi said.\n\n\
             “We will keep working with all of our friends and allies across Asia,” Xi said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let concerns: Vec<&group::Group> = groups
        .iter()
        .filter(|g| g.members.iter().any(|m| m.text.contains("concerns")))
        .collect();
    assert_eq!(concerns.len(), 1, "{groups:#?}");
    assert!(concerns[0].misattributed, "{groups:#?}");
    // The reference is the fuller rendering, in all its words.
    assert_eq!(
        concerns[0].reference,
        "We understand your questions and concerns about this,"
    );
    assert!(
        groups
            .iter()
            .filter(|g| g.members.iter().any(|m| m.text.contains("keep working")))
            .all(|g| !g.misattributed),
        "{groups:#?}"
    );
    // Each named once, the group is the speaker of its reference, whom
    // the alphabet would not have put first.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“We will not allow Russia to win this war in Ukraine,” Chancellor Olaf Scholz \
             said.\n",
        ),
        (
            "courier",
            "Courier",
            "“We will not allow Russia to win this war,” President Emmanuel Macron said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let [war] = &groups[..] else {
        panic!("{groups:#?}")
    };
    assert!(war.misattributed, "{war:#?}");
    assert_eq!(war.speaker.as_deref(), Some("Olaf Scholz"), "{war:#?}");
}

#[test]
fn forms_of_one_name_are_one_utterance() {
    // "the U.K. and the E.U." / "the United Kingdom and the European
    // Union", "Kyiv" / "Kiev": one sentence, printed two ways.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "“The U.K. and the E.U. must stop arming Kyiv,” Vladimir Putin said.\n",
        ),
        (
            "courier",
            "Courier",
            "“The United Kingdom and the European Union must stop arming Kiev,” Putin \
             said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let edits = edits_of(&groups[0]);
    assert!(
        edits
            .iter()
            .any(|e| e == "Kyiv ≈ Kiev" || e == "Kiev ≈ Kyiv"),
        "{edits:?}"
    );
    assert!(
        groups[0]
            .members
            .iter()
            .all(|m| m.severity <= Severity::Cosmetic),
        "{groups:#?}"
    );
}

#[test]
fn british_and_american_spellings_of_one_quote_are_one_utterance() {
    let quotes = quotes_of_articles(&[
        (
            "us",
            "Wire US",
            "“We will never apologize for our defense spending,” Ann Lee said.\n",
        ),
        (
            "uk",
            "Wire UK",
            "“We will never apologise for our defence spending,” Ann Lee said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let joined: Vec<_> = groups.iter().filter(|g| g.members.len() == 2).collect();
    assert_eq!(joined.len(), 1, "{groups:?}");
    assert_eq!(
        edits_of(joined[0]),
        ["apologise ≈ apologize", "defence ≈ defense"]
    );
}

#[test]
fn a_word_printed_with_a_hyphen_and_without_is_one_word() {
    // "co-operation" (British print) is "cooperation", one word the
    // lexicon knows; "fully-funded" stays two words, as "fully funded" is.
    let quotes = quotes_of_articles(&[
        (
            "us",
            "Wire US",
            "Ann Lee called for “deeper cooperation” with Ottawa.\n",
        ),
        (
            "uk",
            "Wire UK",
            "Ann Lee called for “deeper co-operation” with Ottawa.\n",
        ),
        (
            "ca",
            "Wire CA",
            "Ann Lee said the plan was “fully-funded and ready for use.”\n",
        ),
        (
            "au",
            "Wire AU",
            "Ann Lee said the plan was “fully funded and ready to use.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let joined: Vec<_> = groups.iter().filter(|g| g.members.len() == 2).collect();
    assert_eq!(joined.len(), 2, "{groups:?}");
    let history = &groups[group_holding(&groups, "deeper cooperation")];
    assert_eq!(history.members.len(), 2, "{:?}", groups);
    // (Shown as the print it is, whichever rendering is the reference.)
    let edits = edits_of(history);
    assert!(
        edits
            .iter()
            .any(|e| e == "co-operation ≈ cooperation" || e == "cooperation ≈ co-operation"),
        "{edits:?}"
    );
}

#[test]
fn a_compound_printed_with_a_hyphen_is_the_word_another_outlet_prints_without() {
    // AP prints "cease-fire", Reuters "ceasefire": where another rendering
    // has the word whole, the two parts are that word.
    let quotes = quotes_of_articles(&[
        (
            "ap",
            "AP",
            "Ann Lee called for “an immediate cease-fire” in the region.\n",
        ),
        (
            "reuters",
            "Reuters",
            "Ann Lee called for “an immediate ceasefire” in the region.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].members.len(), 2);
    let edits = edits_of(&groups[0]);
    assert!(
        edits
            .iter()
            .any(|e| e == "cease-fire ≈ ceasefire" || e == "ceasefire ≈ cease-fire"),
        "{edits:?}"
    );
}

#[test]
fn whatever_is_a_function_word_as_what_is() {
    // "whatever" / "what" is no word of content either side: the two
    // renderings share the words that carry the sentence.
    let quotes = quotes_of_articles(&[
        (
            "a",
            "Wire A",
            "“We will do whatever it takes to protect our people,” Ann Lee said.\n",
        ),
        (
            "b",
            "Wire B",
            "“We will do what it takes to protect our citizens,” Ann Lee said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(
        edits_of(&groups[0]),
        ["whatever → what", "people → citizens"]
    );
}

#[test]
fn a_surname_spelt_another_way_is_one_speaker() {
    let quotes = quotes_of_articles(&[
        (
            "a",
            "Courier",
            "Visit\n\nUkrainian President Volodymyr Zelensky said: “We will never give up our land.”",
        ),
        (
            "b",
            "Wire",
            "Visit\n\n“We will never give up our land,” President Volodymyr Zelenskyy told Congress.",
        ),
        (
            "c",
            "Vell",
            "Visit\n\n“We will never give up our land,” President Zelenskiy said.",
        ),
    ]);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Volodymyr Zelensky"); 3]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert!(!groups[0].misattributed, "{groups:#?}");
    // So is a name written with accents and without.
    let quotes = quotes_of_articles(&[
        (
            "a",
            "Courier",
            "Gaza\n\nTurkish President Recep Tayyip Erdoğan said: “The world is watching.”",
        ),
        (
            "b",
            "Wire",
            "Gaza\n\n“The world is watching,” Erdogan said.",
        ),
    ]);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Recep Tayyip Erdoğan"); 2]);
    // Other surnames that begin alike stay apart.
    let quotes = quotes_of_articles(&[
        ("a", "Courier", "Vote\n\n“We will win,” said Ana Martin."),
        ("b", "Wire", "Vote\n\n“We will win,” said Ana Martinez."),
        ("c", "Vell", "Vote\n\n“We will win,” said Ana Martins."),
        ("d", "Vell", "Talks\n\n“We will see,” said Maria Zakharova."),
        ("e", "Vell", "Talks\n\n“We will see,” said Sergei Zakharov."),
        ("f", "Vell", "Rome\n\n“We will see,” said Luca Moretti."),
        ("g", "Vell", "Rome\n\n“We will see,” said Paolo Moretto."),
    ]);
    let speakers: Vec<_> = quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Ana Martin"),
            Some("Ana Martinez"),
            Some("Ana Martins"),
            Some("Maria Zakharova"),
            Some("Sergei Zakharov"),
            Some("Luca Moretti"),
            Some("Paolo Moretto"),
        ]
    );
}

#[test]
fn a_spokesperson_printed_three_ways_is_one_speaker() {
    // "A spokesman for Lind", "Lind's spokesman" and "His spokesman" are
    // one unnamed speaker, "spokesman for Bo Lind": the same words from
    // them in three outlets are no misattribution.
    let said = "said: “He is on holiday in Spain this week.”\n";
    let quotes = quotes_of_articles(&[
        (
            "a",
            "A",
            &format!("Bo Lind refused to comment. A spokesman for Lind {said}"),
        ),
        (
            "b",
            "B",
            &format!("Bo Lind refused to comment. Lind's spokesman {said}"),
        ),
        (
            "c",
            "C",
            &format!("Bo Lind refused to comment. His spokesman {said}"),
        ),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert_eq!(groups[0].members.len(), 3, "{groups:#?}");
    assert_eq!(
        groups[0].speaker.as_deref(),
        Some("spokesman for Bo Lind"),
        "{groups:#?}"
    );
    assert!(!groups[0].misattributed, "{groups:#?}");
}

#[test]
fn a_short_unit_joins_another_by_a_word_it_shares_not_by_synonyms_alone() {
    // "The time is now" holds one content word, "time", which WordNet
    // gives a verb's sense it shares with "clock": it is no part of
    // "working around the clock", said by the same man. "around the clock"
    // still is.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "Sheikh Mohammed Al Thani said mediators were “working around the \
             clock.”\n",
        ),
        (
            "courier",
            "Courier",
            "“The time is now,” said Sheikh Mohammed Al Thani. He said his \
             team was working “around the clock”.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    let clock = group_of("working around the clock.");
    assert_ne!(group_of("The time is now,"), clock);
    assert_eq!(group_of("around the clock"), clock);
}

#[test]
fn a_clause_after_so_and_a_new_subject_is_a_unit_of_its_own() {
    // Outlets cut "…, so we can't cut …" at the clause: its rendering
    // joins the clause, though two renderings of it join first.
    let quotes = quotes_of_articles(&[
        (
            "guardian",
            "Guardian",
            "Governor Andrew Bailey said: “We need to make sure inflation stays close to \
             target, so we can't cut interest rates too quickly or by too much.”\n",
        ),
        (
            "reuters",
            "Reuters",
            "“We can't cut interest rates too quickly or by too much,” Andrew Bailey said.\n",
        ),
        (
            "telegraph",
            "Telegraph",
            "Governor Andrew Bailey told reporters: “We cannot cut interest rates too quickly \
             or by too much.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    let clause = group_of("so we can't cut interest rates too quickly or by too much.");
    assert_eq!(
        group_of("We can't cut interest rates too quickly or by too much,"),
        clause
    );
    assert_eq!(
        group_of("We cannot cut interest rates too quickly or by too much."),
        clause
    );
    assert_ne!(
        group_of("We need to make sure inflation stays close to target"),
        clause
    );
}

#[test]
fn the_words_on_either_side_of_an_ellipsis_render_two_utterances() {
    // The ellipsis joins two clauses; each joins its own group, the
    // ellipsis named as the first's edit.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "Chancellor Olaf Scholz said: “We will not allow Russia to win this war, and we \
             will support Ukraine for as long as it takes.”\n",
        ),
        (
            "daily",
            "Daily",
            "Olaf Scholz said Germany “will not allow Russia to win ... and [will] support \
             Ukraine for as long as it takes.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group_of = |text: &str| group_holding(&groups, text);
    let win = group_of("We will not allow Russia to win this war");
    let support = group_of("and we will support Ukraine for as long as it takes.");
    assert_ne!(win, support);
    assert_eq!(group_of("will not allow Russia to win ..."), win);
    assert_eq!(
        group_of("and [will] support Ukraine for as long as it takes."),
        support
    );
    assert!(
        edits_of(&groups[win]).iter().any(|e| e.contains('…')),
        "{:?}",
        edits_of(&groups[win])
    );
}

#[test]
fn a_spot_check_finds_no_rendering_by_synonyms_alone() {
    // `check` "working around the clock": "The time is now" shares no
    // word with it, though "time" and "clock" are verbs of one sense; a
    // rendering that holds a word of it is still found with drift, and a
    // censored word counts as the word it hides.
    let quotes = quotes_of_articles(&[(
        "courier",
        "Courier",
        "“The time is now,” said Sheikh Mohammed Al Thani. He said his team \
         was working “around the clock”.\n\nAnn Lee called him a “motherf***er”.\n",
    )]);
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let answer = quotetrace::check::check(
        "working around the clock",
        None,
        &quotes,
        &lexicon,
        &grammar,
    );
    let texts: Vec<&str> = answer.found.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(texts, ["around the clock"], "{answer:?}");
    let answer = quotetrace::check::check("motherfucker", None, &quotes, &lexicon, &grammar);
    assert_eq!(answer.found.len(), 1, "{answer:?}");
}

#[test]
fn a_spot_check_of_function_words_alone_finds_them_contracted() {
    // "We are not there yet" has no content word to share: its words
    // themselves are shared with "We're not there yet.", which comes
    // before a fragment that holds two of them ("not yet confident").
    let quotes = quotes_of_articles(&[(
        "wire",
        "Wire",
        "Powell said the Fed was \"not yet confident\" about inflation. \"We want \
         more data,\" he said. \"We're not there yet.\"\n",
    )]);
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let answer = quotetrace::check::check(
        "We are not there yet",
        Some("Powell"),
        &quotes,
        &lexicon,
        &grammar,
    );
    assert_eq!(answer.verdict, Verdict::Drift, "{answer:?}");
    assert_eq!(answer.found[0].text, "We're not there yet.", "{answer:?}");
}

#[test]
fn a_spot_check_reads_on_past_an_attribution_that_interrupts_the_words() {
    // "“We want more data,” Powell said at a news conference. “We're not
    // there yet.”": the two sentences checked are word for word in the
    // run of his two quotes, found as one rendering of both; one sentence
    // alone is still its own quote's. Another speaker's quote after them
    // is no part of the run.
    let quotes = quotes_of_articles(&[(
        "wire",
        "Wire",
        "“We want more data,” Powell said at a news conference. “We're not there yet.” \
         “Rates are high,” said Ann Lee.\n",
    )]);
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let check = |quote: &str| quotetrace::check::check(quote, None, &quotes, &lexicon, &grammar);
    let answer = check("We want more data. We're not there yet.");
    assert_eq!(answer.verdict, Verdict::Verbatim, "{answer:?}");
    let [found] = &answer.found[..] else {
        panic!("{answer:?}")
    };
    assert_eq!(found.pieces, ["We want more data,", "We're not there yet."]);
    // (Printed otherwise, the run is still closer than either quote.)
    let answer = check("We want more data. We are not there yet.");
    assert_eq!(answer.verdict, Verdict::Drift, "{answer:?}");
    assert_eq!(answer.found[0].pieces.len(), 2, "{answer:?}");
    assert_eq!(answer.found[0].edits.len(), 1, "{answer:?}");
    let answer = check("We're not there yet");
    assert_eq!(answer.found[0].text, "We're not there yet.", "{answer:?}");
    assert!(answer.found[0].pieces.is_empty(), "{answer:?}");
    let answer = check("We're not there yet. Rates are high.");
    assert_ne!(answer.verdict, Verdict::Verbatim, "{answer:?}");
}

#[test]
fn a_spot_check_weighs_a_clause_of_a_longer_sentence_on_its_own() {
    // The checked words are the clause after ", so": the rest of the
    // sentence is not listed as cut, and the match is whole.
    let quotes = quotes_of_articles(&[(
        "guardian",
        "Guardian",
        "Governor Andrew Bailey said: “We need to make sure inflation stays close to \
         target, so we can't cut interest rates too quickly or by too much.”\n",
    )]);
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let answer = quotetrace::check::check(
        "We cannot cut interest rates too quickly or by too much",
        Some("Andrew Bailey"),
        &quotes,
        &lexicon,
        &grammar,
    );
    let [found] = &answer.found[..] else {
        panic!("{answer:?}")
    };
    assert_eq!(found.similarity, 1.0, "{answer:?}");
    let edits: Vec<String> = found.edits.iter().map(|e| e.describe()).collect();
    assert!(!edits.iter().any(|e| e.contains("target")), "{edits:?}");
}

#[test]
fn a_spot_check_spanning_clauses_is_weighed_against_the_whole_sentence() {
    // The ellipsis stands for words of both clauses: shown against the
    // first clause alone, "now" would read as added, though the sentence
    // ends on it.
    let quotes = quotes_of_articles(&[(
        "wire",
        "Wire",
        "John Smith said: “I think that we need to act, and we need to act now.”\n",
    )]);
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let answer = quotetrace::check::check(
        "I think ... we need to act now.",
        Some("John Smith"),
        &quotes,
        &lexicon,
        &grammar,
    );
    let [found] = &answer.found[..] else {
        panic!("{answer:?}")
    };
    let edits: Vec<String> = found.edits.iter().map(|e| e.describe()).collect();
    assert_eq!(edits, ["that we need to act and → …"], "{answer:?}");
}

/// Powell's "We are in no hurry to cut rates" in one outlet, and
/// `waller_says` given to Christopher Waller in another.
fn powell_and_waller(waller_says: &str) -> Vec<extract::Quote> {
    let courier = format!("\"{waller_says},\" said Fed governor Christopher Waller.\n");
    quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "\"We are in no hurry to cut rates,\" Fed Chair Jerome Powell told reporters.\n",
        ),
        ("courier", "Courier", &courier),
    ])
}

#[test]
fn the_same_sentence_printed_otherwise_from_two_speakers_is_flagged() {
    // "We are in no hurry to cut rates" / "We're in no hurry to cut
    // rates": word for word as words, though one outlet contracts them;
    // given to Powell and to Waller, one utterance misattributed.
    let quotes = powell_and_waller("We're in no hurry to cut rates");
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    assert!(groups[0].misattributed, "{groups:#?}");
    // (Not two sentences that differ in a word: "raise" is no "cut".)
    let quotes = powell_and_waller("We're in no hurry to raise rates");
    assert_eq!(groups_of(&quotes).len(), 2);
}

#[test]
fn a_spot_check_of_a_speaker_given_the_words_in_another_print_finds_them_with_drift() {
    // "Did Waller say “We are in no hurry to cut rates”?": one outlet
    // gives him "We're in no hurry …", another gives Powell the words as
    // asked. Waller has them, printed otherwise: drift, listed first; not
    // "given to someone else", which would say he has no rendering.
    let quotes = powell_and_waller("We're in no hurry to cut rates");
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let answer = quotetrace::check::check(
        "We are in no hurry to cut rates",
        Some("Christopher Waller"),
        &quotes,
        &lexicon,
        &grammar,
    );
    assert_eq!(answer.verdict, Verdict::Drift, "{answer:?}");
    assert_eq!(answer.found[0].doc, "courier", "{answer:?}");
    // (Asked of one with no rendering, the words are still another's.)
    let answer = quotetrace::check::check(
        "We are in no hurry to cut rates",
        Some("Michelle Bowman"),
        &quotes,
        &lexicon,
        &grammar,
    );
    assert_eq!(answer.verdict, Verdict::Misattributed, "{answer:?}");
}

#[test]
fn a_spot_checks_speaker_is_one_person_not_any_name_sharing_a_word() {
    // Ken Paxton's words, checked as Angela Paxton's, are another's:
    // they share a surname, not a person. Checked as "Paxton", "Ken
    // Paxton" or "Texas Attorney General Ken Paxton" (titles and all),
    // they are his; and with an accent. A description matches by the
    // body it names, and a surname as another transliteration spells it.
    let quotes = quotes_of_articles(&[(
        "tribune",
        "Tribune",
        "Texas Attorney General Ken Paxton vowed to appeal. “We will not stop \
         fighting,” Paxton said.\n\n“We are complying,” an Nvidia spokesperson said.\n",
    )]);
    let quotes: Vec<_> = quotes.iter().collect();
    let grammar = Grammar::english();
    let lexicon = Lexicon::english(&grammar);
    let verdict = |quote: &str, speaker: &str| {
        quotetrace::check::check(quote, Some(speaker), &quotes, &lexicon, &grammar).verdict
    };
    let fighting = "We will not stop fighting";
    for speaker in [
        "Paxton",
        "Ken Paxton",
        "Mr. Paxton",
        "Texas Attorney General Ken Paxton",
        "Ken",
        "Ken Paxtón",
    ] {
        assert_eq!(verdict(fighting, speaker), Verdict::Verbatim, "{speaker}");
    }
    for speaker in ["Angela Paxton", "Senator Angela Paxton", "Ken Burns"] {
        assert_eq!(
            verdict(fighting, speaker),
            Verdict::Misattributed,
            "{speaker}"
        );
    }
    assert_eq!(verdict("We are complying", "Nvidia"), Verdict::Verbatim);
    assert_eq!(
        verdict("We are complying", "Nvidia spokesperson"),
        Verdict::Verbatim
    );
    assert_eq!(verdict("We are complying", "Intel"), Verdict::Misattributed);
    let quotes =
        quotes_of_articles(&[("wire", "Wire", "“We will hold,” Volodymyr Zelensky said.\n")]);
    let quotes: Vec<_> = quotes.iter().collect();
    let answer = quotetrace::check::check(
        "We will hold",
        Some("Zelenskyy"),
        &quotes,
        &lexicon,
        &grammar,
    );
    assert_eq!(answer.verdict, Verdict::Verbatim, "{answer:?}");
}

#[test]
fn an_ellipsis_inside_a_clause_is_drift_within_one_rendering() {
    // "The strength we are ... seeing in the economy": words cut from
    // one utterance, not two utterances; the rendering stays whole and
    // its drift names the words the ellipsis stands for.
    let quotes = quotes_of_articles(&[
        (
            "cnn",
            "CNN",
            "“The strength we are currently seeing in the economy gives us the ability to \
             approach our decisions carefully,” Jerome Powell said.\n",
        ),
        (
            "fox",
            "Fox",
            "“The strength we are ... seeing in the economy gives us the ability to approach \
             our decisions carefully,” Jerome Powell said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let edits = edits_of(&groups[0]);
    assert!(edits.iter().any(|e| e.contains("currently")), "{edits:?}");
    assert!(
        groups[0].members.iter().all(|m| m.text.contains("economy")),
        "{groups:#?}"
    );
}

#[test]
fn a_longer_rendering_joins_the_group_of_a_sentence_it_holds() {
    // Two outlets end the sentence at "clear"; a third quotes it on. The
    // two join each other first, and the longer one joins them, its drift
    // the words the others cut.
    let quotes = quotes_of_articles(&[
        (
            "a",
            "A",
            "Rates\n\n“The direction of travel is clear,” Jerome Powell said.\n",
        ),
        (
            "b",
            "B",
            "Rates\n\nJerome Powell declared: “The direction of travel is clear.”\n",
        ),
        (
            "c",
            "C",
            "Rates\n\n“The direction of travel is clear, and the timing and pace of rate \
             cuts will depend on incoming data,” Jerome Powell said.\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let group = group_holding(&groups, "The direction of travel is clear,");
    assert_eq!(groups[group].members.len(), 3, "{groups:#?}");
    let edits = edits_of(&groups[group]);
    assert!(
        edits.iter().any(|e| e.contains("incoming data")),
        "{edits:?}"
    );
}

#[test]
fn a_quote_joins_no_group_of_a_quote_inside_it() {
    // The two thoughts Lynch quotes inside her sentence share words and
    // join; her sentence holds them, and is no rendering of either.
    let quotes = quotes_of_articles(&[(
        "a",
        "A",
        "Jobs\n\n“So when you're in that situation, I think you see women doing much \
         better because there's so much work that you can't afford notions that, 'I \
         better get someone from this school or that school' or 'I better get someone \
         who sort of reminds me of me,'” Loretta Lynch said.\n",
    )]);
    let groups = groups_of(&quotes);
    let group = group_holding(
        &groups,
        "I better get someone from this school or that school",
    );
    assert!(
        groups[group]
            .members
            .iter()
            .all(|m| !m.text.starts_with("So when")),
        "{groups:#?}"
    );
}

#[test]
fn clauses_of_the_references_sentence_are_parts_of_it_not_rewordings() {
    // Two clauses of one sentence in one group, with no rendering that
    // spans them: each is a part of the sentence, not the other reworded
    // ("this election → big").
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "Vote\n\nJohn Smith said: “We are going to win this election, and \
             we are going to win big.”\n",
        ),
        (
            "courier",
            "Courier",
            "Vote\n\nJohn Smith said: “We are going to win this election … \
             and win big.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let g = &groups[group_holding(&groups, "We are going to win this election")];
    assert_eq!(
        g.reference,
        "We are going to win this election, and we are going to win big."
    );
    let edits = edits_of(g);
    assert!(
        !edits
            .iter()
            .any(|e| e.contains("big") && e.contains("election →")),
        "{edits:?}"
    );
    let clause = g
        .members
        .iter()
        .find(|m| m.text == "and we are going to win big.")
        .expect("the second clause is in the group");
    assert_eq!(clause.severity, Severity::Verbatim, "{:?}", clause.edits);
}

#[test]
fn the_clause_beside_one_rendered_twice_joins_when_word_for_word() {
    // Two outlets give one sentence to two speakers; its first clause joins
    // as a misattribution, and its second, a fragment of one word of
    // content, joins too: word for word beside the first.
    let quotes = quotes_of_articles(&[
        (
            "wire",
            "Wire",
            "Talks\n\nForeign Minister Sergei Lavrov said: “The West wants to destroy \
             Russia, but it will fail.”\n",
        ),
        (
            "courier",
            "Courier",
            "Talks\n\nKremlin spokesman Dmitry Peskov said: “The West wants to destroy \
             Russia, but it will fail.”\n",
        ),
    ]);
    let groups = groups_of(&quotes);
    let fail = &groups[group_holding(&groups, "but it will fail.")];
    assert_eq!(fail.members.len(), 2, "{groups:?}");
    assert!(fail.misattributed, "{fail:?}");
    let west = &groups[group_holding(&groups, "The West wants to destroy Russia")];
    assert_eq!(west.members.len(), 2, "{groups:?}");
}
