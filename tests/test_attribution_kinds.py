"""Attribution, kind by kind: at least two invented cases for every kind of failure in issue 13.

The kinds are the ones issue 13 lists with one example each (A1 ... P), plus the wire and newspaper
patterns the issue names beside them ("according to", "told reporters that", split quotes, continuation paragraphs,
texts with no speech, names and scare quotes in quote marks, cue words used as nouns, they/it, role + name
appositions). Every text here was written for framelab, with its own names and places; none is taken from a real
report or from the issue's examples.

The expected values were written down by hand, as a careful reader marks the text, before the extractor was run.
Each case compares (kind, actor, cue, text) for every attribution except the reporter's voice:
- actor is who speaks: a person's fullest name without titles or roles, a role or group phrase without its article
  ("port spokesman"; a group noun in lower case, "farmers" for "Farmers say", as "officials" is filed), an
  organisation's name without "the", and for he/she/they/it the one they stand for;
- cue is the lemma ("say", "argue", "according to", "report" for the noun "reports"); "" when there is no cue word;
- text is the quoted or reported words, without the closing comma or full stop.
`exact=True` means the listed attributions are all a reader finds: any extra one fails the case.
`details` checks further fields of the attribution with that text (the speaker as written, the rule, the cue part).
"""
import pytest

from framelab.article import Article
from framelab.quotes import find_quotes


def found(text: str) -> list:
    return find_quotes(Article.from_text(text))


def rows(text: str) -> list[tuple]:
    """(kind, actor, cue, text) of every attribution except the reporter's voice."""
    return [(q.kind, q.actor, q.cue, q.text) for q in found(text) if q.kind != "reporter"]


def case(kind: str, n: int, text: str, expected: list[tuple], exact: bool = True, details: dict | None = None):
    return pytest.param(text, expected, exact, details or {}, id=f"{kind}-{n}")


CASES = [
    # A1: a paraphrase with a short quoted phrase inside, then ", a port spokesman said."
    case("A1-paraphrase-fragment-trailing", 1,
         'Inspectors discovered "widespread corrosion" in the tram depot roof, and the depot will remain closed '
         'until March, a transit authority spokeswoman said.',
         [("indirect", "transit authority spokeswoman", "say",
           'Inspectors discovered "widespread corrosion" in the tram depot roof, and the depot will remain closed '
           'until March'),
          ("partial", "transit authority spokeswoman", "say", "widespread corrosion")]),
    case("A1-paraphrase-fragment-trailing", 2,
         'The river embankment suffered "significant erosion" during the storm, and the towpath will stay closed '
         'for a month, a council engineer said.',
         [("indirect", "council engineer", "say",
           'The river embankment suffered "significant erosion" during the storm, and the towpath will stay closed '
           'for a month'),
          ("partial", "council engineer", "say", "significant erosion")]),

    # A2: "The X said the Y was "..." ..."
    case("A2-paraphrase-fragment-leading", 1,
         'The inspector said the bridge deck was "badly cracked" after the frost.',
         [("indirect", "inspector", "say", 'the bridge deck was "badly cracked" after the frost'),
          ("partial", "inspector", "say", "badly cracked")]),
    case("A2-paraphrase-fragment-leading", 2,
         'A hospital spokeswoman said the east wing was "simply not fit for patients" this winter.',
         [("indirect", "hospital spokeswoman", "say", 'the east wing was "simply not fit for patients" this winter'),
          ("partial", "hospital spokeswoman", "say", "simply not fit for patients")]),

    # B: a paraphrase, then "said a port spokesman."
    case("B-paraphrase-then-said-X", 1,
         "Bus services to the valley will restart on Thursday after the landslide is cleared, said a county official.",
         [("indirect", "county official", "say",
           "Bus services to the valley will restart on Thursday after the landslide is cleared")],
         details={"Bus services to the valley will restart on Thursday after the landslide is cleared":
                  {"speaker": "a county official"}}),
    case("B-paraphrase-then-said-X", 2,
         "The library will open on Sundays from next month, said the town clerk.",
         [("indirect", "town clerk", "say", "The library will open on Sundays from next month")]),

    # C: ", saying this "..."" after a partial quote; "this" is not a speaker
    case("C-saying-this", 1,
         'The mayor ordered crews to clear the flooded streets "within a matter of days," saying this '
         '"should not delay the market."',
         [("partial", "mayor", "say", "within a matter of days"),
          ("partial", "mayor", "say", "should not delay the market")]),
    case("C-saying-this", 2,
         'The coach changed the team\'s training "to protect tired legs," saying this "was never about the result."',
         [("partial", "coach", "say", "to protect tired legs"),
          ("partial", "coach", "say", "was never about the result")]),

    # D: unknown speakers: a surname alone, a group noun
    case("D-unknown-speaker", 1,
         "The night market will move to the harbour square, Lindqvist said.\n\n"
         "Traders say the new site has too little shade.",
         [("indirect", "Lindqvist", "say", "The night market will move to the harbour square"),
          ("indirect", "traders", "say", "the new site has too little shade")]),
    case("D-unknown-speaker", 2,
         "Farmers say the drought has halved this year's wheat crop.\n\n"
         "The irrigation plan comes too late, Dabrowska said.",
         [("indirect", "farmers", "say", "the drought has halved this year's wheat crop"),
          ("indirect", "Dabrowska", "say", "The irrigation plan comes too late")]),

    # D2: a cue-like verb inside the reported clause is not a second attribution
    case("D2-cue-inside-reported-clause", 1,
         "Nurses say the new rota adds two night shifts a month.",
         [("indirect", "nurses", "say", "the new rota adds two night shifts a month")]),
    case("D2-cue-inside-reported-clause", 2,
         "Commuters say the timetable warns passengers too late about cancellations.",
         [("indirect", "commuters", "say", "the timetable warns passengers too late about cancellations")]),

    # E: he/she after a person the actor table does not know
    case("E-pronoun-unknown-antecedent", 1,
         'Beekeeper Marta Solberg checked her hives on Sunday.\n\n'
         '"Half of the colonies did not survive the winter," she said.',
         [("direct", "Marta Solberg", "say", "Half of the colonies did not survive the winter")],
         details={"Half of the colonies did not survive the winter": {"speaker": "she"}}),
    case("E-pronoun-unknown-antecedent", 2,
         'Station manager Piet Anholt walked the platform with inspectors.\n\n'
         '"The roof will be replaced by autumn," he said.',
         [("direct", "Piet Anholt", "say", "The roof will be replaced by autumn")],
         details={"The roof will be replaced by autumn": {"speaker": "he"}}),

    # F, F2: passive "X was quoted (by ...) as saying"
    case("F-quoted-as-saying", 1,
         '"The vaccine supply is secure for the winter," health officer Rasa Vilkas was quoted by a regional '
         'newspaper as saying.',
         [("direct", "Rasa Vilkas", "say", "The vaccine supply is secure for the winter")],
         details={"The vaccine supply is secure for the winter": {"speaker": "health officer Rasa Vilkas"}}),
    case("F-quoted-as-saying", 2,
         '"Nobody will lose their job," Karvonen was quoted as saying.',
         [("direct", "Karvonen", "say", "Nobody will lose their job")],
         details={"Nobody will lose their job": {"speaker": "Karvonen"}}),

    # G: a comma-bounded clause between the subject and the verb
    case("G-clause-between-subject-and-cue", 1,
         "The governor, who faces re-election in the spring, said on Tuesday that the new prison would not be built.",
         [("indirect", "governor", "say", "the new prison would not be built")]),
    case("G-clause-between-subject-and-cue", 2,
         "The head teacher, speaking after the school assembly, said the playground would be resurfaced over the "
         "summer.",
         [("indirect", "head teacher", "say", "the playground would be resurfaced over the summer")]),

    # H1: cues "continued" and "cited"
    case("H1-cue-continue-cite", 1,
         "The water board issued a statement on Friday.\n\n"
         '"Tap water must be boiled before drinking," the statement continued.',
         [("direct", "statement", "continue", "Tap water must be boiled before drinking")]),
    case("H1-cue-continue-cite", 2,
         'Coach Dalia Ferrante met the press after the match.\n\n"We were tired in the second half," she continued.',
         [("direct", "Dalia Ferrante", "continue", "We were tired in the second half")]),
    case("H1-cue-continue-cite", 3,
         "The engineers' survey was published on Monday.\n\n"
         '"The sea wall will fail within ten years," the Marrowby Gazette cited the survey.',
         [("direct", "Marrowby Gazette", "cite", "The sea wall will fail within ten years")]),

    # H2: cues "stressed" and "replied"
    case("H2-cue-stress-reply", 1,
         "The ministry held a briefing on Wednesday.\n\n"
         "The school year will not be shortened, the minister stressed.\n\n"
         '"Exams will go ahead as planned," the minister replied.',
         [("indirect", "minister", "stress", "The school year will not be shortened"),
          ("direct", "minister", "reply", "Exams will go ahead as planned")]),
    case("H2-cue-stress-reply", 2,
         "The club will not sell its stadium, the chairman stressed.\n\n"
         '"We have never considered it," the chairman replied.',
         [("indirect", "chairman", "stress", "The club will not sell its stadium"),
          ("direct", "chairman", "reply", "We have never considered it")]),

    # I: headline attribution "..., X says" and "...: X"
    case("I-headline-attribution", 1,
         "Coastal road to close for repairs, county engineer says\n\nWork on the sea wall starts next week.",
         [("indirect", "county engineer", "say", "Coastal road to close for repairs")],
         details={"Coastal road to close for repairs": {"paragraph": 0}}),
    case("I-headline-attribution", 2,
         "Stolen paintings found in barn, police say\n\nThe paintings were taken from a gallery in Tessany last year.",
         [("indirect", "police", "say", "Stolen paintings found in barn")],
         details={"Stolen paintings found in barn": {"paragraph": 0}}),
    case("I-headline-attribution", 3,
         "Night trains will be cut from June: rail operator\n\n"
         "The timetable change follows a fall in passenger numbers.",
         [("indirect", "rail operator", "say", "Night trains will be cut from June")],
         details={"Night trains will be cut from June": {"paragraph": 0}}),

    # J, J2: a noun source, "newspaper reports that ..." (J2 with a dated dateline)
    case("J-noun-reports-that", 1,
         "The club denied media reports that its manager had resigned.",
         [("indirect", "media reports", "report", "its manager had resigned")],
         details={"its manager had resigned": {"cue_part": "noun"}}),
    case("J-noun-reports-that", 2,
         "PELLWORTH, June 9 (Reuters) - The mayor on Friday dismissed television reports that the festival would be "
         "cancelled.",
         [("indirect", "television reports", "report", "the festival would be cancelled")],
         details={"the festival would be cancelled": {"cue_part": "noun", "speaker": "television reports"}}),

    # K: a colon lead-in ends one paragraph, the quote opens the next
    case("K-colon-leadin-previous-paragraph", 1,
         "Shop owners on the high street are worried, and one baker said:\n\n"
         '"Nobody walks past my window any more."',
         [("direct", "baker", "say", "Nobody walks past my window any more")]),
    case("K-colon-leadin-previous-paragraph", 2,
         "The coastguard described the rescue in detail, and its duty officer told local radio:\n\n"
         '"The crew reached the yacht just before dark."',
         [("direct", "duty officer", "tell", "The crew reached the yacht just before dark")]),

    # L: the subject is left out in a joined clause
    case("L-elided-subject", 1,
         "The mayor has served two terms and has ruled out a third, but says the new tram line will be finished "
         "before she leaves.",
         [("indirect", "mayor", "say", "the new tram line will be finished before she leaves")]),
    case("L-elided-subject", 2,
         "The farmer lost half his flock in the snow and insists the council ignored his warnings.",
         [("indirect", "farmer", "insist", "the council ignored his warnings")]),

    # M1, M2: British single quotes, straight and curly; apostrophes inside words are not quote marks
    case("M1-british-straight-single", 1,
         "The head keeper said: 'The new elephant house will open in May.'\n\n"
         "'The zoo's busiest weeks are still ahead,' she added.",
         [("direct", "head keeper", "say", "The new elephant house will open in May"),
          ("direct", "head keeper", "add", "The zoo's busiest weeks are still ahead")]),
    case("M1-british-straight-single", 2,
         "A lifeboat volunteer said: 'It's the worst storm we've seen in years.'",
         [("direct", "lifeboat volunteer", "say", "It's the worst storm we've seen in years")]),
    case("M2-british-curly-single", 1,
         "The captain said: ‘We didn’t play well enough today.’\n\n‘The fans deserved better,’ he added.",
         [("direct", "captain", "say", "We didn’t play well enough today"),
          ("direct", "captain", "add", "The fans deserved better")]),
    case("M2-british-curly-single", 2,
         "‘The orchard’s apples will be sold at the gate,’ the farm manager said.",
         [("direct", "farm manager", "say", "The orchard’s apples will be sold at the gate")]),

    # N: a long title before the name
    case("N-long-title-name", 1,
         '"Water rationing will end on Monday," Vellmar Valley Water Company deputy managing director Professor '
         'Anders Lindahl said.',
         [("direct", "Anders Lindahl", "say", "Water rationing will end on Monday")],
         details={"Water rationing will end on Monday":
                  {"speaker": "Vellmar Valley Water Company deputy managing director Professor Anders Lindahl"}}),
    case("N-long-title-name", 2,
         '"The museum will reopen in June," said Corran City Museum senior curator Hanna Ekdal.',
         [("direct", "Hanna Ekdal", "say", "The museum will reopen in June")],
         details={"The museum will reopen in June": {"speaker": "Corran City Museum senior curator Hanna Ekdal"}}),

    # X1: nouns that look like cues; nothing is said
    case("X1-noun-read-as-cue", 1,
         "His remarks were printed in the weekend edition.\n\n"
         "The prime minister of Aldervane ended an official visit to the coast on Friday.",
         []),
    case("X1-noun-read-as-cue", 2,
         "The senator's claims about the budget drew a crowd.\n\nHer warnings were ignored for years.",
         []),

    # the same, with the cue words of the issue: "a state visit", "her comments", "the reports"
    case("cue-word-as-noun", 1, "The king's state visit to Pellworth lasted three days.", []),
    case("cue-word-as-noun", 2, "Her comments on the new stadium filled two pages of the weekend paper.", []),
    case("cue-word-as-noun", 3, "The reports from the flood zone arrived late on Sunday.", []),

    # X2: a quoted sentence with a judgement word ("obviously") is the speaker's, not the reporter's voice
    case("X2-judgement-inside-quote", 1,
         "The coach said: 'We obviously need a new goalkeeper.'",
         [("direct", "coach", "say", "We obviously need a new goalkeeper")]),
    case("X2-judgement-inside-quote", 2,
         "The engineer said the bridge was obviously unsafe.",
         [("indirect", "engineer", "say", "the bridge was obviously unsafe")]),

    # r01-r03: titles with a full stop
    case("r01-r03-title-with-full-stop", 1,
         '"The clinic will stay open at weekends," Dr. Jonas Ferreira said.',
         [("direct", "Jonas Ferreira", "say", "The clinic will stay open at weekends")],
         details={"The clinic will stay open at weekends": {"speaker": "Dr. Jonas Ferreira"}}),
    case("r01-r03-title-with-full-stop", 2,
         '"Our troops will leave the border by winter," said Lt. Col. Mira Haddon.',
         [("direct", "Mira Haddon", "say", "Our troops will leave the border by winter")],
         details={"Our troops will leave the border by winter": {"speaker": "Lt. Col. Mira Haddon"}}),
    case("r01-r03-title-with-full-stop", 3,
         'Gov. Rosa Almqvist said: "The floods cost the state two billion."',
         [("direct", "Rosa Almqvist", "say", "The floods cost the state two billion")],
         details={"The floods cost the state two billion": {"speaker": "Gov. Rosa Almqvist"}}),
    case("r01-r03-title-with-full-stop", 4,
         'Sen. Adela Quist, the committee chair, said the bill "will pass before the recess."',
         [("partial", "Adela Quist", "say", "will pass before the recess")], exact=False),
    case("r01-r03-title-with-full-stop", 5,
         'Ms. Ingrid Faller, the head teacher, said the school would "never close its doors" to anyone.',
         [("partial", "Ingrid Faller", "say", "never close its doors"),
          ("indirect", "Ingrid Faller", "say", 'the school would "never close its doors" to anyone')]),

    # r04: cue verbs beyond "say"
    case("r04-cue-verbs", 1, '"The tax is unfair to small farms," Petra Lund argued.',
         [("direct", "Petra Lund", "argue", "The tax is unfair to small farms")]),
    case("r04-cue-verbs", 2, '"The river will flood again next year," warned Tomas Ekberg.',
         [("direct", "Tomas Ekberg", "warn", "The river will flood again next year")]),
    case("r04-cue-verbs", 3, '"We have enough beds for the winter," Hilde Arnesen insisted.',
         [("direct", "Hilde Arnesen", "insist", "We have enough beds for the winter")]),
    case("r04-cue-verbs", 4, '"The figures are a little better than last year," Bo Kristiansen noted.',
         [("direct", "Bo Kristiansen", "note", "The figures are a little better than last year")]),
    case("r04-cue-verbs", 5, '"This is a great day for the valley," Mayor Anja Rask declared.',
         [("direct", "Anja Rask", "declare", "This is a great day for the valley")]),
    case("r04-cue-verbs", 6, '"We did everything we could," sighed Lars Moen.',
         [("direct", "Lars Moen", "sigh", "We did everything we could")]),
    case("r04-cue-verbs", 7, '"The budget was not big enough," Greta Holm acknowledged.',
         [("direct", "Greta Holm", "acknowledge", "The budget was not big enough")]),

    # r05: a quote standing alone after a sentence that names one person
    case("r05-adjacent-speaker", 1,
         'Karin Wolde stepped up to the microphone. "The library stays open for everyone." The hall fell silent.',
         [("direct", "Karin Wolde", "", "The library stays open for everyone")],
         details={"The library stays open for everyone": {"rule": "adjacent speaker"}}),
    case("r05-adjacent-speaker", 2,
         'The fisherman Ansel Poole pointed at the empty nets. "There are no cod left in this bay." '
         'Then he walked away.',
         [("direct", "Ansel Poole", "", "There are no cod left in this bay")],
         details={"There are no cod left in this bay": {"rule": "adjacent speaker"}}),

    # r06: "the U.S." (or "the U.K.") at the end of a sentence, then a quote
    case("r06-abbreviation-at-sentence-end", 1,
         'Dana Whitlock thanked the U.S. "Without their help the clinic would have closed," she said.',
         [("direct", "Dana Whitlock", "say", "Without their help the clinic would have closed")],
         details={"Without their help the clinic would have closed": {"speaker": "she"}}),
    case("r06-abbreviation-at-sentence-end", 2,
         'Minister Oskar Lindgren flew to the U.K. "The trade deal is almost ready," he said.',
         [("direct", "Oskar Lindgren", "say", "The trade deal is almost ready")],
         details={"The trade deal is almost ready": {"speaker": "he"}}),

    # P: a dateline with a date is never part of a speaker
    case("P-dateline-with-date", 1,
         "KORVEL, Aug. 14 (Reuters) - A fire brigade spokeswoman said the blaze was under control.",
         [("indirect", "fire brigade spokeswoman", "say", "the blaze was under control")],
         details={"the blaze was under control": {"speaker": "A fire brigade spokeswoman"}}),
    case("P-dateline-with-date", 2,
         'MARROWBY, March 2 (AP) — "The strike is over," union leader Nils Tarrant said.',
         [("direct", "Nils Tarrant", "say", "The strike is over")],
         details={"The strike is over": {"speaker": "union leader Nils Tarrant"}}),

    # "according to X" before and after the clause
    case("according-to", 1,
         "According to the fire service, the warehouse blaze was started deliberately.",
         [("indirect", "fire service", "according to", "the warehouse blaze was started deliberately")],
         details={"the warehouse blaze was started deliberately": {"cue_part": "phrase"}}),
    case("according-to", 2,
         "The harvest was the worst in forty years, according to the Tessany Farmers Union.",
         [("indirect", "Tessany Farmers Union", "according to", "The harvest was the worst in forty years")]),
    case("according-to", 3,
         "Ticket prices will double next season, according to a club official.",
         [("indirect", "club official", "according to", "Ticket prices will double next season")]),

    # "X told reporters that ..."
    case("told-reporters-that", 1,
         "Coach Henrik Vass told reporters that the team would appeal the ban.",
         [("indirect", "Henrik Vass", "tell", "the team would appeal the ban")]),
    case("told-reporters-that", 2,
         "The health minister told reporters on Monday that the hospital would get new funding.",
         [("indirect", "health minister", "tell", "the hospital would get new funding")]),

    # a quotation split by its attribution
    case("split-quote", 1,
         'Head nurse Lotte Brink showed visitors round the ward.\n\n'
         '"The new ward is ready," she said. "Patients will move in on Monday."',
         [("direct", "Lotte Brink", "say", "The new ward is ready"),
          ("continuation", "Lotte Brink", "say", "Patients will move in on Monday")]),
    case("split-quote", 2,
         '"The harvest was late," Emil Varga said, "but the grapes are excellent."',
         [("direct", "Emil Varga", "say", "The harvest was late"),
          # data/annotations/README.md: a continuation opens a paragraph; the second part of a quotation split
          # by its attribution inside one sentence is direct
          ("direct", "Emil Varga", "say", "but the grapes are excellent")]),
    case("split-quote", 3,
         '"The road is open again," the police inspector said. "Drivers should still take care near the bend."',
         [("direct", "police inspector", "say", "The road is open again"),
          ("continuation", "police inspector", "say", "Drivers should still take care near the bend")]),

    # a continuation paragraph: a quote paragraph with no attribution after an attributed quote
    case("continuation-paragraph", 1,
         "Mayor Ines Kohl cut the ribbon at noon.\n\n"
         '"The bridge took six years to build," Kohl said.\n\n'
         '"Every family in the valley helped to pay for it."',
         [("direct", "Ines Kohl", "say", "The bridge took six years to build"),
          ("continuation", "Ines Kohl", "say", "Every family in the valley helped to pay for it")]),
    case("continuation-paragraph", 2,
         "The lifeboat returned at dawn.\n\n"
         '"We found all four sailors alive," the coxswain said.\n\n'
         '"The sea was still very rough when we brought them into the harbour."',
         [("direct", "coxswain", "say", "We found all four sailors alive"),
          ("continuation", "coxswain", "say", "The sea was still very rough when we brought them into the harbour")]),

    # names and scare quotes in quote marks are not speech
    case("name-or-scare-quotes", 1,
         'The town\'s new ferry, the "Grey Heron", made its first crossing on Saturday.', []),
    case("name-or-scare-quotes", 2,
         'The band "Silver Orchard" played in Lisk on Friday night.', []),
    case("name-or-scare-quotes", 3,
         'The so-called "temporary" footbridge has now stood for twenty years.', []),

    # pronoun they/it -> an organisation or a group
    case("pronoun-it-they-organisation", 1,
         "The Vellmar Ferry Company cancelled all sailings on Monday.\n\n"
         "It said the storm had damaged two of its boats.",
         [("indirect", "Vellmar Ferry Company", "say", "the storm had damaged two of its boats")],
         details={"the storm had damaged two of its boats": {"speaker": "It"}}),
    case("pronoun-it-they-organisation", 2,
         "Dock workers walked out at noon.\n\n"
         '"We will not return until the pay offer improves," they said.',
         [("direct", "dock workers", "say", "We will not return until the pay offer improves")],
         details={"We will not return until the pay offer improves": {"speaker": "they"}}),
    case("pronoun-it-they-organisation", 3,
         "Pellworth City Council met in private on Wednesday.\n\n"
         "It said the swimming pool would close for good.",
         [("indirect", "Pellworth City Council", "say", "the swimming pool would close for good")]),

    # role + name appositions: the speaker is the person
    case("role-name-apposition", 1,
         "The bank's finance director, Miriam Oyelaran, said profits would fall this year.",
         [("indirect", "Miriam Oyelaran", "say", "profits would fall this year")]),
    case("role-name-apposition", 2,
         "Jakob Stenlund, a climate scientist, said the glacier had shrunk by a third.",
         [("indirect", "Jakob Stenlund", "say", "the glacier had shrunk by a third")]),
    case("role-name-apposition", 3,
         '"The harbour is full," said Astrid Nyberg, the harbour master.',
         [("direct", "Astrid Nyberg", "say", "The harbour is full")]),
    case("role-name-apposition", 4,
         '"We need more teachers," the union\'s general secretary, Paul Okafor, said.',
         [("direct", "Paul Okafor", "say", "We need more teachers")]),
]


@pytest.mark.parametrize("text, expected, exact, details", CASES)
def test_attribution_kind(text, expected, exact, details):
    got = rows(text)
    if exact:
        assert sorted(got, key=repr) == sorted(expected, key=repr)
    else:
        missing = [row for row in expected if row not in got]
        assert not missing, f"missing {missing}; found {got}"
    for quoted, fields in details.items():
        matches = [q for q in found(text) if q.text == quoted]
        assert matches, f"no attribution with text {quoted!r}"
        for name, value in fields.items():
            assert getattr(matches[0], name) == value, f"{name} of {quoted!r}"


NO_SPEECH = [
    pytest.param("Rain will spread from the west on Tuesday morning, with heavy showers over the hills by noon.\n\n"
                 "Temperatures will reach 14C in Korvel and 11C on the coast. Winds will ease overnight.\n\n"
                 "Thursday looks dry and bright, with a light frost at dawn.", id="no-speech-weather"),
    pytest.param("Weekend results\n\nEastmoor Rovers 2, Dunmere Athletic 1.\n\nPellworth Town 0, Korvel United 0.\n\n"
                 "Lisk Wanderers 3, Marrowby City 2.", id="no-speech-results"),
    pytest.param("Wheat prices rose 2 percent on Monday. Barley fell slightly, and oats were unchanged.\n\n"
                 "Trading was quiet ahead of the holiday.", id="no-speech-market"),
]


@pytest.mark.parametrize("text", NO_SPEECH)
def test_no_speech_no_attribution(text):
    # nothing at all, not even the reporter's voice
    assert [(q.kind, q.speaker, q.text) for q in found(text)] == []


@pytest.mark.parametrize("text", [
    pytest.param("The coach said: 'We obviously need a new goalkeeper.'", id="X2-reporter-1"),
    pytest.param("The engineer said the bridge was obviously unsafe.", id="X2-reporter-2"),
])
def test_judgement_inside_speech_is_not_the_reporter(text):
    assert [q.text for q in found(text) if q.kind == "reporter"] == []
