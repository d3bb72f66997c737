"""Speakers and items of layoff-style news, on made-up sentences: a quote running over paragraphs, a memo put
out by someone and quoted after a colon, an assurance that reports speech, and the others this file grows to."""

import pytest

from conftest import binding_code as verdict


PARAGRAPHS = ('The mill said it would close two lines. Plant manager Ada Brennick said: "This is a hard day for all of us. '
              '"We looked at every other option before deciding. "We will help every worker find a new job in the valley."')
MEMO = ('The Courier obtained the note that was sent by Tomas Verhoeven. Here is an excerpt: "Friends, I wanted you to hear '
        'this from me first. We will close the Leeds depot by the spring and move its staff to Hull.')
ASSURED = ('In March, chairwoman Lena Markovic tried to reassure lenders at the cooperative\'s spring meeting that the board was '
           '"ready for hard choices" and that it would "protect the deposits."')


@pytest.mark.parametrize("kind, answer, cite, question, expect", [
    # a quote over paragraphs (each opened with a mark, only the last closed) is the speaker's to its end
    ("quote", "Ada Brennick", PARAGRAPHS, "Who said the company will help every worker find a new job in the valley?", "grounded"),
    ("quote", "The mill", PARAGRAPHS, "Who said the company will help every worker find a new job in the valley?", "DG401"),
    # a document put out by X and quoted after a colon is X's words; who has the document is no speaker
    ("quote", "Tomas Verhoeven", MEMO, "Who wrote that the Leeds depot would close by the spring?", "grounded"),
    ("quote", "The Courier", MEMO, "Who wrote that the Leeds depot would close by the spring?", "DG401"),
    # assuring a hearer that something is so reports speech; an attempt (tried to) is the verb's, not the subject's
    ("quote", "Lena Markovic", ASSURED, "Who said the board was ready for hard choices?", "grounded"),
    ("quote", "the cooperative", ASSURED, "Who said the board was ready for hard choices?", "DG401"),
])
def test_speaker(kind, answer, cite, question, expect):
    assert verdict(kind, answer, cite, question) == expect


CLOSURES = "The brewer said the closures would affect 340 Canadian workers and another 85 overseas, the union said on Monday."


@pytest.mark.parametrize("answer, question, expect", [
    # "and another N" counts the noun of the count before it: the place after each selects, neither alone is asked
    ("85", "How many workers will the closures affect overseas?", "grounded"),
    ("340", "How many workers will the closures affect overseas?", "DG601"),
    ("340", "How many workers will the closures affect?", "DG605"),
])
def test_another_count(answer, question, expect):
    assert verdict("figure", answer, CLOSURES, question) == expect


SIGNED = "Over the summer the gym signed up 1,240 members as its new classes helped lift the membership to 9,800."
SET_AGAINST = "The 1,240 compares with a forecast of 1,100 and with last year's sign-ups of 980."
HOPING = "They'll open about 12 stores in March, the chain said."


@pytest.mark.parametrize("answer, cite, question, expect", [
    # "add" asks the change a count makes, not the level it grows to
    ("1,240", SIGNED, "How many members did the gym add over the summer?", "grounded"),
    ("9,800", SIGNED, "How many members did the gym add over the summer?", "DG601"),
    # a noun of foreseeing names the value of its own "of" phrase, not a later noun's value joined by "and"
    ("980", SET_AGAINST, "How many sign-ups did the gym have last year?", "grounded"),
    # "'ll" after a pronoun is the modal "will": what it states is foreseen
    ("about 12", HOPING, "How many stores did the chain open in March?", "DG603"),
])
def test_forecast_and_change(answer, cite, question, expect):
    assert verdict("figure", answer, cite, question) == expect


FIRMS = {"Acme Robotics": (), "Dana Whitfield": ("Whitfield",), "Brightline": (), "Norwell": ()}
TRACKER = ("May 4Acme Robotics CEO Dana Whitfield said the cuts would affect 80 engineers. May 3Brightline's layoffs "
           "will affect 40 staff, according to a memo seen by reporters, its second round this year; Brightline's "
           "staff were told on Friday. May 2Job cuts at Norwell will affect 90 employees.")


@pytest.mark.parametrize("answer, expect", [
    # a title written between an organisation and a person's name is the organisation's; a figure glued to a capitalised
    # word (a tracker's dateline, May 4Acme) is a dateline before the name
    ("Acme Robotics", "grounded"),
    ("Brightline", "DG601"),
    ("Norwell", "DG601"),
])
def test_title_owner(answer, expect):
    question = "Of which company is Dana Whitfield the CEO?"
    assert verdict("fact", answer, TRACKER, question, FIRMS) == expect


SAVINGS = ("The council said it expects £20m of its planned £90m savings to be found in its first year, with £40m in fiscal "
           "2026 and the rest after that.")


@pytest.mark.parametrize("answer, question, expect", [
    # "X of its planned Y": the whole is another item than its part, and foreseen as its part is (no outcome against
    # a forecast); the predicate after the whole (to be found in its first year) is the part's
    ("£90m", "How much of its planned savings does the council expect to find in its first year?", "DG601"),
    ("£20m", "How much are the council's planned savings in all?", "DG601"),
    ("£90m", "How much are the council's planned savings in all?", "grounded"),
    # a "with" value writing only its own period is the part's item in another period
    ("£40m", "How much of its planned savings does the council expect to find in fiscal 2026?", "grounded"),
    ("£40m", "How much of its planned savings does the council expect to find in its first year?", "DG602"),
    ("£20m", "How much of its planned savings does the council expect to find in fiscal 2026?", "DG602"),
])
def test_part_of_planned_whole(answer, question, expect):
    assert verdict("figure", answer, SAVINGS, question) == expect


SUCCESSION = ("Chairman Piet Halvorsen will retire in June, with Okafor, currently the head of the group's shipping arm, "
              "taking over.")
HOWEVER = ("Staff at the mill expect more cuts, union officials told the Gazette—a company spokesperson, however, told "
           "reporters on Monday the firm had no plans to close the site.")


@pytest.mark.parametrize("kind, answer, cite, question, expect, entities", [
    # an apposition after a name, opened by an adverb of time and closed before a participle, is that name's role
    ("fact", "Okafor", SUCCESSION, "Who is currently the head of the group's shipping arm?", "grounded",
     {"Okafor": (), "Piet Halvorsen": ("Halvorsen",)}),
    ("fact", "Piet Halvorsen", SUCCESSION, "Who is currently the head of the group's shipping arm?", "DG601",
     {"Okafor": (), "Piet Halvorsen": ("Halvorsen",)}),
    # an adverb set off by commas (, however,) parts no subject from its verb: a second speaker after a dash speaks
    ("quote", "a company spokesperson", HOWEVER, "Who told reporters the firm had no plans to close the site?", "grounded", {}),
    ("quote", "union officials", HOWEVER, "Who told reporters the firm had no plans to close the site?", "DG401", {}),
    # a hearer closed by a dash ends the telling: the words are the sentence's before it, not the next speaker's
    ("quote", "union officials", HOWEVER, "Who told the Gazette that staff at the mill expect more cuts?", "grounded", {}),
    ("quote", "a company spokesperson", HOWEVER, "Who told the Gazette that staff at the mill expect more cuts?", "DG401", {}),
])
def test_apposition_and_set_off_adverb(kind, answer, cite, question, expect, entities):
    assert verdict(kind, answer, cite, question, entities) == expect


TRIMMED = ("Last spring the airline trimmed its workforce by 6%, or about 1,300 jobs. Its shares fell 40 cents to close at "
           "$12.10 on Friday.")


@pytest.mark.parametrize("answer, expect", [
    # a verb of change with its object before "by" states a change, and a value after ", or" restates it in another unit
    ("about 1,300 jobs", "grounded"),
    ("6%", "DG601"),
])
def test_change_with_object(answer, expect):
    assert verdict("figure", answer, TRIMMED, "By how many jobs did the airline trim its workforce last spring?") == expect


GEARING = ("The insurer is gearing up for a round of cuts affecting at least 400 salaried and contracted workers, people "
           "familiar with the plan said, while a rival unveiled cuts affecting more than 90 employees.")


@pytest.mark.parametrize("answer, expect", [
    # "up" as the particle of a verb of preparing (gearing up for) and "contracted" before people who work under
    # contract state no direction: the count of those affected is no rise or fall against the question's "cuts"
    ("at least 400", "grounded"),
    ("more than 90", "DG601"),
])
def test_no_direction_words(answer, expect):
    assert verdict("figure", answer, GEARING, "How many salaried and contracted workers would the insurer's cuts affect?") == expect
