"""People and bodies told apart by their own words (deckgen/people.py), on made-up cites: each
test names the principle, not a table's row."""

from hypothesis import given, settings
from hypothesis import strategies as st

from deckgen.binding import check_binding
from deckgen.people import _han_title


def codes(answer, cite, question, entities):
    return [m.code for m in check_binding("fact", answer, cite, question, entities)]


def test_a_title_inside_the_decks_spelling_of_a_name_is_that_names_own():
    """The deck spells a person with the title the cite gives him (Energy Secretary Jane Roe):
    the title's words are that person's, so asked who the secretary is, another name is DG601."""
    cite = "At the briefing, Energy Secretary Jane Roe said the plan meets Governor Tom Lee's goal."
    entities = {"Jane Roe": ("Roe", "Energy Secretary Jane Roe"), "Tom Lee": ("Lee",)}
    assert codes("Tom Lee", cite, "Who is the Energy Secretary?", entities) == ["DG601"]
    assert codes("Jane Roe", cite, "Who is the Energy Secretary?", entities) == []
    assert codes("Roe", cite, "Who is the Energy Secretary?", entities) == []


def test_people_in_their_own_sentences_who_each_fit_the_question_are_dg605():
    """Two people, each alone in a sentence that holds the question's words (a support verb, made,
    adds nothing to the noun): the question cannot choose, DG605; a word only one holds selects."""
    cite = ("Ohio Gov. Ann Park on Friday declared a state of emergency. "
            "Iowa Gov. Ben Cole said roads were closed. He made an emergency declaration for 12 counties.")
    entities = {"Ann Park": ("Park",), "Ben Cole": ("Cole",)}
    assert codes("Ben Cole", cite, "Which governor made an emergency declaration?", entities) == ["DG605"]
    assert codes("Ann Park", cite, "Which governor declared an emergency for 12 counties?", entities) == ["DG601"]
    assert codes("Ben Cole", cite, "Which governor declared an emergency for 12 counties?", entities) == []


def test_a_frame_heading_the_cite_tells_no_sentence_apart():
    """地震发生后, heads every sentence after it: the question's frame words select no one."""
    cite = "报导说,暴雨过后,省长王明打电话询问灾情。市长李华打电话了解灾情,提出了要求。"
    entities = {"王明": (), "李华": ()}
    assert codes("李华", cite, "暴雨过后,谁打了电话?", entities) == ["DG605"]
    assert codes("李华", cite, "暴雨过后,谁询问灾情?", entities) == ["DG601"]


def test_the_agent_of_a_passive_is_the_one_who_does_its_verb_in_the_deck_or_not():
    """"designed by Ana Ruiz … built by Apex Corp": asked who built it, Ruiz is DG601 though Apex
    has no deck entity (a participle that does not end in -ed, built, is the question's build)."""
    cite = "The bridge was designed by Ana Ruiz of the city's works office. It will be built by Apex Corp."
    entities = {"Ana Ruiz": ("Ruiz",)}
    assert codes("Ana Ruiz", cite, "Which firm will build the bridge?", entities) == ["DG601"]
    assert codes("Apex Corp", cite, "Which firm will build the bridge?", entities) == []
    assert codes("Ana Ruiz", cite, "Who designed the bridge?", entities) == []


def test_a_chinese_title_right_before_a_name_is_that_names_own():
    """The Han text right before a name, ending in a title's character (处长, 记者), is its title,
    whether the deck spells the name with it or not; text that is no title (在与) is not."""
    cite = "（新华社记者刘洋北京5日电）卫生部长陈平说,疫苗供应充足。疾控处长吴江表示,接种率上升。"
    entities = {"刘洋": (), "陈平": (), "吴江": ("疾控处长吴江",)}
    assert codes("陈平", cite, "疾控处长是谁?", entities) == ["DG601"]
    assert codes("吴江", cite, "疾控处长是谁?", entities) == []
    assert codes("吴江", cite, "这则报导的记者是谁?", entities) == ["DG601"]
    assert codes("刘洋", cite, "这则报导的记者是谁?", entities) == []
    crew = "火箭总设计师孙力说,运力提高了。火箭总指挥赵刚说,任务顺利。"  # 总指挥 ends in a title's word too
    assert codes("孙力", crew, "火箭的总指挥是谁?", {"孙力": (), "赵刚": ()}) == ["DG601"]
    assert codes("赵刚", crew, "火箭的总指挥是谁?", {"孙力": (), "赵刚": ()}) == []
    other = "会议在与陈平通话后结束"
    assert _han_title(other, 4, 6, "陈平", "在与谁通话") == ""
    assert _han_title(cite, cite.index("陈平"), cite.index("陈平") + 2, "陈平", "卫生部长是谁") == "卫生部长"


def test_a_relative_clause_says_what_its_name_did_even_after_a_list_that_cannot_choose():
    """A roll call the question's words do not tell apart (DG605) gives way to a name's own words:
    "Jo Ng, who proposed a smaller cut" is the one who proposed it, not any voter of the list."""
    cite = ("Voting for the plan were Ann Lee, Chair; Bo Chan, Vice Chair; and Cy Dunn. "
            "Voting against was Jo Ng, who proposed a smaller cut.")
    entities = {"Ann Lee": ("Lee",), "Bo Chan": ("Chan",), "Cy Dunn": ("Dunn",), "Jo Ng": ("Ng",)}
    assert codes("Cy Dunn", cite, "Who proposed a smaller cut?", entities) == ["DG601"]
    assert codes("Jo Ng", cite, "Who proposed a smaller cut?", entities) == []
    assert codes("Cy Dunn", cite, "Who voted on the plan?", entities) == ["DG605"]


def test_a_figure_is_the_nearest_names_before_it_when_each_name_owns_one():
    """Two names in a sentence, each before a figure of the same kind: a figure the question quotes
    selects its owner; words that stand by each one's figure alike cannot choose (DG605). A name
    that owns no figure of the answer's kind (the company's, not its chief's) is never told apart."""
    cite = "The board said Lena Holt polled 4.1 million votes, while Omar Diaz polled 3.9 million votes."
    entities = {"Lena Holt": ("Holt",), "Omar Diaz": ("Diaz",)}
    assert codes("Omar Diaz", cite, "Who polled 4.1 million votes?", entities) == ["DG601"]
    assert codes("Lena Holt", cite, "Who polled 4.1 million votes?", entities) == []
    assert codes("Omar Diaz", cite, "Which candidate polled millions of votes?", entities) == ["DG605"]
    other = "Acme's chip revenue reached $4.1 billion, and CEO Omar Diaz said it would add 3 lines."
    assert codes("Acme", other, "Whose chip revenue reached $4.1 billion?", {"Acme": (), "Omar Diaz": ()}) == []


def test_the_title_the_question_asks_for_is_held_by_the_name_right_after_it_deck_or_not():
    """Asked who the 守门员 is, the name right after 守门员 in the cite is the one, with no deck
    entities; a verb before a name (将担任) is no title."""
    cite = "替补上场的周涛打进一球。主队守门员林志远扑出点球。"
    assert codes("周涛", cite, "扑出点球的守门员是谁?", {}) == ["DG601"]
    assert codes("林志远", cite, "扑出点球的守门员是谁?", {}) == []
    assert codes("刘明", "刘明将担任主任,王强将担任经理。", "谁将担任主任?", {}) == []


def test_what_a_name_owns_is_its_own_words():
    """"Governor Tom Lee's goal": asked whose goal it is, the speaker who mentions it is DG601."""
    cite = "At the briefing, Energy Secretary Jane Roe said the plan meets Governor Tom Lee's goal of clean power."
    entities = {"Jane Roe": ("Roe",), "Tom Lee": ("Lee",)}
    assert codes("Jane Roe", cite, "Whose goal is clean power?", entities) == ["DG601"]
    assert codes("Tom Lee", cite, "Whose goal is clean power?", entities) == []


def test_a_place_is_told_apart_by_the_verb_it_is_the_place_of():
    """"will dock at Pier Nine and then be towed to Harbor Yard": asked where it docks, the yard
    (a deck entity, the place of 'towed to') is DG601; the pier needs no deck entity."""
    cite = "The ship will dock at Pier Nine and then be towed to Harbor Yard near the city."
    entities = {"Harbor Yard": ("the yard",)}
    assert codes("Harbor Yard", cite, "Where will the ship dock?", entities) == ["DG601"]
    assert codes("Harbor Yard", cite, "Where will the ship be towed?", entities) == []
    assert codes("Pier Nine", cite, "Where will the ship dock?", entities) == []
    # a clause of the question that sets the time (after it docks) asks nothing
    assert codes("Pier Nine", cite, "Where will the ship be towed after it docks?", entities) == ["DG601"]


def test_where_a_named_person_is_from_is_the_name_after_of():
    """"Rosa Kim of the Institute of Oceanography": asked which institute Kim is from, that is the
    answer, deck entity or not; a builder named elsewhere is DG601."""
    cite = "Rosa Kim of the Institute of Oceanography in Bergen leads the survey. The buoys will be built by Norsk Marine."
    entities = {"Rosa Kim": ("Kim",)}
    q = "Which institute is the survey leader Rosa Kim from?"
    assert codes("Norsk Marine", cite, q, entities) == ["DG601"]
    assert codes("the Institute of Oceanography", cite, q, entities) == []


def test_a_name_in_apposition_to_the_one_the_question_names_is_said_of_it():
    """"Acme Foods, now part of the Borel Group": the group describes Acme, which the question names,
    so it is no rival for the plaintiff of the next sentence; asked what Acme is part of, it is the answer."""
    cite = ("A farmer had sued Acme Foods, now part of the Borel Group, over a spill. "
            "The jury awarded Ada Lund $90,000 in damages.")
    entities = {"Acme Foods": ("Acme",), "Borel Group": ("the Borel Group",), "Ada Lund": ("Lund",)}
    assert codes("Ada Lund", cite, "Which farmer sued Acme Foods over a spill?", entities) == []
    assert codes("Ada Lund", cite, "Which group is Acme Foods now part of?", entities) == ["DG601"]
    assert codes("Borel Group", cite, "Which group is Acme Foods now part of?", entities) == []


def test_a_name_the_question_gives_is_never_its_answer():
    """"Who passed the ball to Ed Moss?" names Moss as the object: Moss is not who passed it (DG601);
    a shorter name inside a longer one the question names (Ed Moss Jr.) is not it."""
    cite = "Ed Moss was tackled by Jon Hale after Tim Ray passed the ball to Ed Moss."
    entities = {"Ed Moss": ("Moss",), "Tim Ray": ("Ray",)}
    assert codes("Ed Moss", cite, "Who passed the ball to Ed Moss?", entities) == ["DG601"]
    assert codes("Tim Ray", cite, "Who passed the ball to Ed Moss?", entities) == []
    assert codes("Moss", cite, "Who tackled Moss?", entities) == ["DG601"]
    assert codes("刘明", "刘明说,报告已由日报公布。", "刘明说,报告已由哪家媒体公布?", {"刘明": ()}) == ["DG601"]
    # an answer that is no person or body of the deck's, in its question, is DG504's (a warning), not this
    assert codes("yes", "The vote was yes.", "Was the vote yes or no?", entities) == []
    assert codes("Ed Moss", "Ed Moss and Ed Moss Jr. ran.", "Who ran beside Ed Moss Jr.?", {"Ed Moss Jr.": ()}) == []


def test_a_chinese_body_is_the_one_its_own_verb_and_object_name():
    """甲院研制 the satellite, 乙公司负责经营 it, 丙院研制 the rocket: the question's verb (由哪个单位研制,
    负责经营) or the role it asks (用户是) selects the bodies it is said of, and the object in the
    clause before each (这颗卫星 against 火箭) selects among those; as many and no more is DG605."""
    cite = "这颗卫星由东方研究院研制,北方集团所属的远星公司负责经营。发射它的火箭由西山研究院研制。"
    entities = {"东方研究院": (), "远星公司": (), "西山研究院": (), "北方集团": ()}
    assert codes("远星公司", cite, "这颗卫星由哪个单位研制?", entities) == ["DG601"]
    assert codes("西山研究院", cite, "这颗卫星由哪个单位研制?", entities) == ["DG601"]
    assert codes("东方研究院", cite, "这颗卫星由哪个单位研制?", entities) == []
    assert codes("东方研究院", cite, "卫星由哪家公司负责经营?", entities) == ["DG601"]
    assert codes("远星公司", cite, "卫星由哪家公司负责经营?", entities) == []
    assert codes("东方研究院", cite, "发射它的火箭由哪个单位研制?", entities) == ["DG601"]
    two = "甲星由东方研究院研制,乙星由西山研究院研制。"
    assert codes("东方研究院", two, "哪个研究院负责研制?", {"东方研究院": (), "西山研究院": ()}) == ["DG605"]
    user = "该卫星由东方研究院为主研制,用户为远星公司。"
    assert codes("东方研究院", user, "该卫星的用户是哪家公司?", entities) == ["DG601"]
    assert codes("远星公司", user, "该卫星的用户是哪家公司?", entities) == []


def test_items_of_a_list_share_its_verb_and_the_nearest_title_before_them():
    """"joined by Senior Judge Ann Cole and Judges Bo Park, Cy Diaz and Dee Fox": every item joined,
    each has the nearest title before it in the list (Cole hers, Diaz Park's Judges); "the dissenters
    were Judges …" gives each item the role. A name with more of the question's words selects over the
    answer (DG601); items of one list that share the question's verb alike cannot be chosen (DG605)."""
    cite = ("Lee was joined by Senior Judge Ann Cole and Judges Bo Park, Cy Diaz and Dee Fox. "
            "Besides Eve Hall, the dissenters were Judges Fay Gold, Gus Ito and Hal Kim.")
    entities = {n: (n.split()[1],) for n in ("Ann Cole", "Bo Park", "Cy Diaz", "Dee Fox", "Eve Hall", "Fay Gold",
                                             "Gus Ito", "Hal Kim")}
    entities["Lee"] = ()
    assert codes("Bo Park", cite, "Which Senior Judge joined Lee's opinion?", entities) == ["DG601"]
    assert codes("Ann Cole", cite, "Which Senior Judge joined Lee's opinion?", entities) == []
    assert codes("Cy Diaz", cite, "Which judge joined Lee's opinion?", entities) == ["DG605"]
    assert codes("Gus Ito", cite, "Which judge dissented?", entities) == ["DG605"]
    assert codes("Bo Park", cite, "Which judge dissented?", entities) == ["DG601"]


def test_a_preposition_gives_a_party_its_role_and_a_possessive_names_the_head():
    """"in favor of Ann Roy and against Borel Group's Acme Foods": the one ruled for and the one ruled
    against each have their preposition; in "X's Y" the head Y is the party, X only its owner."""
    cite = "The court upheld a ruling in favor of Ann Roy and against Borel Group's Acme Foods."
    entities = {"Ann Roy": ("Roy",), "Acme Foods": ("Acme",), "Borel Group": ()}
    assert codes("Acme Foods", cite, "In whose favor was the ruling?", entities) == ["DG601"]
    assert codes("Ann Roy", cite, "In whose favor was the ruling?", entities) == []
    assert codes("Acme Foods", cite, "Against which company was the ruling?", entities) == []
    assert codes("Ann Roy", cite, "Against which company was the ruling?", entities) == ["DG601"]


def test_a_name_described_in_apposition_to_the_one_the_question_gives_is_not_its_answer():
    """"a farmer sued Acme Foods, now part of the Borel Group": asked who sued Acme, the group (said of
    Acme) is DG601; a bare comma renames one thing (the chair, Ann Roy) and is not told apart here."""
    cite = "In the case a farmer had sued Acme Foods, now part of the Borel Group. The jury awarded Ada Lund $90,000."
    entities = {"Acme Foods": ("Acme",), "Borel Group": ("the Borel Group",), "Ada Lund": ("Lund",)}
    assert codes("Borel Group", cite, "Which farmer sued Acme Foods?", entities) == ["DG601"]
    assert codes("Borel Group", cite, "Which group is Acme Foods now part of?", entities) == []
    assert codes("Ann Roy", "The chair of the board, Ann Roy, spoke.", "Who chairs the board?", {"board": (), "Ann Roy": ()}) == []


def test_a_role_word_before_each_name_of_a_list_is_that_names_role_deck_or_not():
    """"son Tom Ray and daughter Ann Ray": asked for the daughter, the son is DG601 though neither is
    in the deck; "a nurse Ida Ray and a retired sailor Ben Ray" alike; titles joined by "and" (president
    and chief executive) are one person's, not a second name."""
    cite = "He is survived by son Tom Ray and daughter Ann Ray, and four grandchildren."
    entities = {"Ben Ray": ()}
    assert codes("Tom Ray", cite, "Who is Ben Ray's daughter?", entities) == ["DG601"]
    assert codes("Ann Ray", cite, "Who is Ben Ray's daughter?", entities) == []
    assert codes("Ann Ray", cite, "Who is Ben Ray's son?", entities) == ["DG601"]
    parents = "She was the child of nurse Ida Ray and a retired sailor Ben Ray."
    assert codes("Ben Ray", parents, "Which parent was a nurse?", entities) == ["DG601"]
    assert codes("Ida Ray", parents, "Which parent was a sailor?", entities) == ["DG601"]
    titles = "The results were given by president and chief financial officer Ben Ray."
    assert codes("Ben Ray", titles, "Who is the chief financial officer?", entities) == []


def test_asked_who_did_a_verb_the_answer_is_the_subject_of_its_clause():
    """"Ed Moss had given the team the lead before Tim Ray fired them ahead": asked who fired, Moss is
    DG601 and Ray the answer; two names joined by "and" before one verb (Moss and Ray rescued) are
    DG605; a passive's subject (Ray was stopped by …) and a noun of the same word (a curling shot)
    are no agent; where the question's other words stand by the answer's sentence more, the verb
    does not decide."""
    entities = {"Ed Moss": ("Moss",), "Tim Ray": ("Ray",), "Jon Hale": ("Hale",)}
    cite = "Ed Moss had given the team the lead before Tim Ray fired them ahead."
    assert codes("Ed Moss", cite, "Who fired the team ahead?", entities) == ["DG601"]
    assert codes("Tim Ray", cite, "Who fired the team ahead?", entities) == []
    assert codes("Tim Ray", cite, "Who gave the team the lead?", entities) == ["DG601"]
    both = "Veteran Ed Moss and young striker Tim Ray rescued their teams on Sunday."
    assert codes("Ed Moss", both, "Who rescued his team on Sunday?", entities) == ["DG605"]
    chances = "Tim Ray was stopped by Jon Hale, Ed Moss shot wide and Jon Hale had a curling shot saved."
    assert codes("Jon Hale", chances, "Who shot wide?", entities) == ["DG601"]
    assert codes("Ed Moss", chances, "Who shot wide?", entities) == []
    two = "Ed Moss scored late to win the cup. Tim Ray found the net in the 71st minute of the draw with Leeds."
    assert codes("Tim Ray", two, "Who scored in the 71st minute of the draw with Leeds?", entities) == []


def test_a_pronoun_subject_after_a_name_does_its_verb_and_a_place_the_question_names_is_not_asked():
    """"She met Tom Ray in Leeds, where he worked at a steel mill": he is Ray, so Ray worked there;
    asked who worked at the mill, the mill (named by the question) is no rival and another person
    is DG601."""
    cite = "Born to Ida Ray, she met Tom Ray in 1950 in Leeds, where he worked at a steel mill."
    entities = {"Tom Ray": ("Ray",), "Ida Ray": ()}
    assert codes("Tom Ray", cite, "Who worked at a steel mill in Leeds?", entities) == []
    assert codes("Ida Ray", cite, "Who worked at a steel mill in Leeds?", entities) == ["DG601"]
    # after a semicolon too: "… the Harbor Board; they are our partners from Norway"
    parties = "The parties are the port, Acme Corp. And we are also helped by the Harbor Board; they are our partners from Norway."
    bodies = {"Acme Corp": (), "Harbor Board": ()}
    assert codes("Harbor Board", parties, "Which body are the partners from Norway?", bodies) == []
    assert codes("Acme Corp", parties, "Which body are the partners from Norway?", bodies) == ["DG601"]


def test_the_agent_of_a_passive_does_the_verb_which_question_asks_and_a_pronoun_after_carries_on():
    """"Ada Lund … after she was injected with Zolax, a drug made by Norel Labs": asked which company
    made Zolax, Lund is DG601; asked who was injected after an operation, Norel (maker) is DG601."""
    cite = "The arm of Ada Lund was lost after she was injected with Zolax, a drug made by Norel Labs."
    entities = {"Ada Lund": ("Lund",), "Norel Labs": ("Norel",)}
    assert codes("Ada Lund", cite, "Which company made Zolax?", entities) == ["DG601"]
    assert codes("Norel Labs", cite, "Which company made Zolax?", entities) == []
    assert codes("Norel Labs", cite, "Which patient lost her arm after being injected with Zolax?", entities) == ["DG601"]
    assert codes("Ada Lund", cite, "Which patient lost her arm after being injected with Zolax?", entities) == []


def test_a_chinese_question_asking_who_does_something_selects_the_name_right_before_it():
    """"这是刘明在接受记者采访。新华社记者周红摄": asked 接受记者采访的是谁, 刘明 (right before 在接受记者采访)
    is the answer and the photographer 周红 DG601; 记者 inside the question's verb is no title asked for."""
    cite = "这是刘明在接受记者采访。新华社记者周红摄"
    entities = {"刘明": ()}
    assert codes("刘明", cite, "照片中接受记者采访的是谁?", entities) == []
    assert codes("周红", cite, "照片中接受记者采访的是谁?", entities) == ["DG601"]


def test_a_head_every_item_of_a_list_shares_tells_none_apart():
    """"the child of nurse Ida Ray and sailor Ben Ray": asked whose child she was, the head (child of)
    is both parents', and neither role is asked: DG605."""
    cite = "She was the child of nurse Ida Ray and a retired sailor Ben Ray."
    entities = {"Ben Ray": (), "Ida Ray": ()}
    assert codes("Ida Ray", cite, "Whose child was she?", entities) == ["DG605"]
    assert codes("Ida Ray", cite, "Which parent was a nurse?", entities) == []


def test_things_listed_after_fenbie_are_the_items_by_position():
    """"发布X 5及X 5 Max两款手表,分别配备了圆形表盘和方形表盘": X 5 has the round dial, X 5 Max the square one;
    asked about one model, the other's is DG601 (X 5 inside X 5 Max names only X 5 Max); asked about
    neither, DG605."""
    cite = "新品会上将发布X 5及X 5 Max两款手表,两款手表分别配备了圆形表盘和方形表盘。"
    assert codes("圆形表盘", cite, "X 5 Max配备了哪种表盘?", {}) == ["DG601"]
    assert codes("方形表盘", cite, "X 5 Max配备了哪种表盘?", {}) == []
    assert codes("方形表盘", cite, "X 5配备了哪种表盘?", {}) == ["DG601"]
    assert codes("圆形表盘", cite, "X 5配备了哪种表盘?", {}) == []
    assert codes("圆形表盘", cite, "新手表配备了哪种表盘?", {}) == ["DG605"]


def test_a_name_set_off_by_commas_after_a_head_is_its_clauses_subject_deck_or_not():
    """"Another son, Tom Ray, was killed in 2005": asked which son was killed, the son of the sentence
    before (survived by son Jim Ray) is DG601, though neither son is in the deck."""
    cite = "She is survived by son Jim Ray and daughter Ann Ray. Another son, Tom Ray, was killed in 2005."
    entities = {"Ida Ray": ()}
    assert codes("Jim Ray", cite, "Which of Ida Ray's sons was killed in 2005?", entities) == ["DG601"]
    assert codes("Tom Ray", cite, "Which of Ida Ray's sons was killed in 2005?", entities) == []


def test_a_pronoun_refers_back_to_the_nearest_name_whose_gender_agrees():
    """"Mrs. Ida Ray met Mr. Tom Ray in Leeds, where she worked at a steel mill": she is Ida Ray (Mr.
    says Tom Ray is no she), so asked who worked at the mill, Tom Ray is DG601; without a word of
    gender the nearest name is the one."""
    entities = {"Tom Ray": (), "Ida Ray": ()}
    cite = "Mrs. Ida Ray met Mr. Tom Ray in Leeds, where she worked at a steel mill."
    assert codes("Tom Ray", cite, "Who worked at a steel mill in Leeds?", entities) == ["DG601"]
    assert codes("Ida Ray", cite, "Who worked at a steel mill in Leeds?", entities) == []
    plain = "Ida Ray met Tom Ray in Leeds, where he worked at a steel mill."
    assert codes("Ida Ray", plain, "Who worked at a steel mill in Leeds?", entities) == ["DG601"]


def test_a_question_asking_only_a_role_two_names_hold_cannot_choose():
    """"survived by son Jim Ray …. Another son, Tom Ray, died in 2005": asked who her son is, both are
    (DG605); a word only one holds (died) selects it."""
    cite = "She is survived by son Jim Ray and daughter Ann Ray. Another son, Tom Ray, died in 2005."
    entities = {"Ida Ray": ()}
    assert codes("Jim Ray", cite, "Who is Ida Ray's son?", entities) == ["DG605"]
    assert codes("Tom Ray", cite, "Which son of Ida Ray's died?", entities) == []


def test_a_figure_the_question_quotes_selects_the_sentence_that_holds_it():
    """"Ed Moss scored late to win the cup. Tim Ray found the net in the 71st minute": asked who scored
    in the 71st minute, Moss (another sentence) is DG601 though he is the one the cite says scored."""
    entities = {"Ed Moss": ("Moss",), "Tim Ray": ("Ray",)}
    cite = "Ed Moss scored late to win the cup. Tim Ray found the net in the 71st minute of the draw."
    assert codes("Ed Moss", cite, "Who scored in the 71st minute of the draw?", entities) == ["DG601"]
    assert codes("Tim Ray", cite, "Who scored in the 71st minute of the draw?", entities) == []


def test_a_head_before_a_name_in_apposition_is_its_role_but_not_in_a_list_of_names():
    """"supported by their legal advisers, Lund & Co." — the head is Lund's role; in "the parties are
    the Port Authority [PA], Acme Corp, Borel Group" Acme is an item, and the head's words are not its."""
    cite = ("The parties to our inquiry are the Port Authority [PA], Acme Corp, Borel Group. "
            "And we are helped by the Harbor Board, and they are supported by their legal advisers, Lund & Co.")
    entities = {"Port Authority": ("PA",), "Acme Corp": (), "Borel Group": (), "Harbor Board": (), "Lund & Co": ()}
    q = "Who are the legal advisers of the Harbor Board in the inquiry?"
    assert codes("Acme Corp", cite, q, entities) == ["DG601"]
    assert codes("Lund & Co", cite, q, entities) == []


_SPELLINGS = {"Apple": ["apple"], "Tim Cook": ["cook", "tim cook"], "张三": ["张三丰"], "H20": ["h20芯片"],
              "(NYSE)": [], "A": [], "李": [], "O'Neil": ["x-1"]}


def _mentioned_oracle(text, entities):
    """Every position in turn, the longest spelling there; an ASCII spelling only as a whole word, and
    none starting inside an English word."""
    from deckgen.fold import normalize

    key_of = {}
    for canonical, aliases in entities.items():
        for s in (canonical, *aliases):
            key_of.setdefault(normalize(s), normalize(canonical))
    out, i = [], 0
    while i < len(text):
        hit = None
        if not (i and text[i].isascii() and text[i].isalnum() and text[i - 1].isalnum()):
            for s in sorted(key_of, key=len, reverse=True):
                j = i + len(s)
                if text.startswith(s, i) and not (s.isascii() and ((i and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum()))):
                    hit = (i, j, key_of[s])
                    break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["apple", "tim cook", "cook", "张三", "张三丰", "h20芯片", "h20", "(nyse)", "a", "李",
                                 "o'neil", "x-1", " ", "中", "b", "1", "-", ",", "_", "é", "apples", "3"]), max_size=15).map("".join))
def test_the_decks_names_are_found_as_a_scan_of_every_position_would(text):
    """The scan jumps to where a spelling can start and keeps its answers per text: it finds what trying
    every position would."""
    from deckgen import people

    people._last_entities[:] = [None, None]
    table = people._entity_table(_SPELLINGS)
    assert list(people._mentioned(text, table)) == _mentioned_oracle(text, _SPELLINGS)
    assert list(people._mentioned(text, table)) == _mentioned_oracle(text, _SPELLINGS)  # (kept: the same answer)


def test_a_panel_one_person_a_line_gives_each_role_to_the_name_before_it_on_its_line():
    """A staff panel (NAME (AGE)   ROLE, one person a line; Chief: NAME) is read by its lines: the
    role is the name's before it on its own line, never the next line's; a line may hold two people."""
    cite = ("Chief: Major Anna Holt\nRita Vance (41)   pilot, navigation Omar Pike (30)   pilot\n"
            "Dr. Jon Reyes   medical officer\nLena Marsh   radio operator")
    entities = {"Anna Holt": ("Major Anna Holt", "Holt"), "Rita Vance": ("Vance",), "Omar Pike": ("Pike",),
                "Jon Reyes": ("Dr. Jon Reyes", "Reyes"), "Lena Marsh": ("Marsh",)}
    assert codes("Jon Reyes", cite, "Who was the medical officer?", entities) == []
    assert codes("Lena Marsh", cite, "Who was the medical officer?", entities) == ["DG601"]
    assert codes("Rita Vance", cite, "Who was in charge of navigation?", entities) == []
    assert codes("Omar Pike", cite, "Who was in charge of navigation?", entities) == ["DG601"]
    assert codes("Anna Holt", cite, "Who was the chief of the mission?", entities) == []
    assert codes("Rita Vance", cite, "Who was the chief of the mission?", entities) == ["DG601"]
    assert codes("Lena Marsh", cite, "Who was the radio operator?", entities) == []
    assert codes("Rita Vance", cite, "Which pilot was not in charge of navigation?", entities) == ["DG601"]
    assert codes("Omar Pike", cite, "Which pilot was not in charge of navigation?", entities) == []


def test_titles_that_share_words_are_told_apart_by_the_questions_whole_title():
    """NAME, TITLE; and NAME, TITLE where both titles hold the question's words (a vice president is
    no president): the name holding the question's whole titles is the answer, the other DG601."""
    cite = ("On the call are Ann Cole, President and Chief Executive Officer; and Raj Nair, "
            "Executive Vice President and Chief Financial Officer.")
    entities = {"Ann Cole": ("Cole",), "Raj Nair": ("Nair",)}
    question = "Who is the President and Chief Executive Officer?"
    assert codes("Ann Cole", cite, question, entities) == []
    assert codes("Raj Nair", cite, question, entities) == ["DG601"]
    assert codes("Raj Nair", cite, "Who is the Chief Financial Officer?", entities) == []


def test_a_chinese_question_asks_for_the_actor_of_the_clause_that_holds_its_deed():
    """谁/哪支X + a deed: the answer is the name leading the cite's clause that holds the deed (a clause
    led by 并 has the clause before's subject); a name of another clause is DG601, with no deck entity.
    A question asking whose thing (哪个城市的房价) or a deed the cite lacks is not read here."""
    cite = "当晚,主教练王海决定换人。李明全场罚球9罚8中,和队友赵刚合砍40分;陈力抢下12个篮板,并送出全队最多的9次助攻。"
    assert codes("李明", cite, "谁全场罚球9罚8中?", {}) == []
    assert codes("赵刚", cite, "谁全场罚球9罚8中?", {}) == ["DG601"]
    assert codes("王海", cite, "谁全场罚球9罚8中?", {}) == ["DG601"]
    assert codes("陈力", cite, "谁送出全队最多的9次助攻?", {}) == []
    assert codes("李明", cite, "谁送出全队最多的9次助攻?", {}) == ["DG601"]
    teams = "其他比赛中,红队88:80战胜蓝队;绿队77:90不敌白队。"
    assert codes("红队", teams, "哪支球队以88:80战胜蓝队?", {}) == []
    assert codes("绿队", teams, "哪支球队以88:80战胜蓝队?", {}) == ["DG601"]


def test_a_chinese_role_the_question_asks_is_read_whatever_its_last_word_and_with_its_owner():
    """X的ROLE是谁: the role is the name's it stands right before in the cite, whatever word ends it (主力中锋,
    not only a closed list of titles); a role held by the team the question names (红队外援) is that
    name's, not the name the bare role stands before elsewhere (外援甲)."""
    cite = "蓝队方面,主力中锋孙强拿下22分;替补后卫周毅拿到15分。蓝队的外援马克得到9分,红队外援卡尔得到全场最高的30分。"
    assert codes("孙强", cite, "蓝队的主力中锋是谁?", {}) == []
    assert codes("周毅", cite, "蓝队的主力中锋是谁?", {}) == ["DG601"]
    assert codes("卡尔", cite, "红队的外援是谁?", {}) == []
    assert codes("马克", cite, "红队的外援是谁?", {}) == ["DG601"]


def test_a_chinese_name_owns_the_values_after_it_in_its_clause():
    """利夫拿下27分,并得到7次助攻;西热力江送出12次助攻: asked about the name a Chinese question leads
    with, the value after it in its clause (and those going on with 并) is its own, one past ; or
    before the name another's (DG601); a 均 list gives every item the value. A question led by a
    period or a demonstrative (一季度, 这场比赛) is no one's name and stays DG605."""
    cite = "此役,东队外援韩飞拿下22分,并送出6次抢断;西队的马超得到全场最多的9次抢断,并拿下10分。"
    assert figure_codes("6次抢断", cite, "韩飞此役有多少次抢断?") == []
    assert figure_codes("9次抢断", cite, "韩飞此役有多少次抢断?") == ["DG601"]
    shared = "本场比赛,东队3人得分超过15分,林涛得到全队最高的30分,并抢下9个篮板;杨帆、吴迪和外援布朗均得18分。"
    assert figure_codes("30分", shared, "吴迪此役得了多少分?") == ["DG601"]
    # the name's own clause holds one value in the answer's measure word (分), another counted in 个
    own = "此役,东队有3人得分上双,韩飞拿下全场最高的22分;马超也有14分和6个篮板入账。"
    assert figure_codes("14分", own, "马超此役得了多少分?") == []
    assert figure_codes("22分", own, "马超此役得了多少分?") == ["DG601"]
    quarter = "一季度出口同比增长4.9%。从环比看,一季度出口增长5.1%。"
    assert figure_codes("5.1%", quarter, "一季度出口增长多少?") == ["DG605"]


def figure_codes(answer, cite, question):
    return [m.code for m in check_binding("figure", answer, cite, question, {})]


def test_each_english_clause_subject_gets_its_own_predicate():
    """"A and B were honoured … while C, a citizen of Peru, was given the medal": asked in the passive,
    the answer is the subject of the cite's same passive (a list closed by "and" is DG605 for who, a
    which-noun may choose), another DG601; asked what someone was (a citizen of Peru), the name that
    phrase is set off after."""
    cite = ("After the rescue, Lane and Ortiz were honoured by the city council, while Quispe, a citizen of Peru, "
            "was given the silver medal.")
    entities = {"Mia Lane": ("Lane",), "Ana Ortiz": ("Ortiz",), "Raul Quispe": ("Quispe",)}
    assert codes("Quispe", cite, "Who was given the silver medal?", entities) == []
    assert codes("Lane", cite, "Who was given the silver medal?", entities) == ["DG601"]
    assert codes("Quispe", cite, "Which rescuer was honoured by the city council?", entities) == ["DG601"]
    assert codes("Ortiz", cite, "Which rescuer was honoured by the city council?", entities) == []
    assert codes("Ortiz", cite, "Who was honoured by the city council?", entities) == ["DG605"]
    assert codes("Quispe", cite, "Which of the three was a citizen of Peru?", entities) == []
    assert codes("Ortiz", cite, "Which of the three was a citizen of Peru?", entities) == ["DG601"]


def test_a_figure_in_apposition_to_a_name_is_that_names():
    """"Moss, a quiet but stubborn 41-year-old, and the cheerful Kemp, 29, were chosen": the figure set off
    after a name is that name's; the question naming one of them (a name in its frame owns none)
    selects its figure, the other's is DG601."""
    cite = "Before the race, Moss, a quiet but stubborn 41-year-old, and the cheerful Kemp, 29, were chosen by Dale."
    entities = {"Ada Moss": ("Moss",), "Lee Kemp": ("Kemp",), "Tom Dale": ("Dale",)}
    question = "How old was Kemp when Dale chose him?"
    assert figure_codes_with("29", cite, question, entities) == []
    assert figure_codes_with("41", cite, question, entities) == ["DG601"]
    assert figure_codes_with("41", cite, "How old was Moss when Dale chose her?", entities) == []


def figure_codes_with(answer, cite, question, entities):
    return [m.code for m in check_binding("figure", answer, cite, question, entities)]


def test_the_subject_of_a_negated_clause_did_not_do_it():
    """"Reyes and Cole did what Moss and Kemp had been unable to": asked who did it, a name closing on
    the negation is DG601 and the others are right; a question about who failed is not read so."""
    cite = "Two hours later, Reyes and Cole did what Moss and Kemp had been unable to: they crossed the ridge."
    entities = {"Jon Reyes": ("Reyes",), "Ann Cole": ("Cole",), "Ada Moss": ("Moss",), "Lee Kemp": ("Kemp",)}
    question = "Who crossed the ridge two hours later?"
    assert codes("Moss", cite, question, entities) == ["DG601"]
    assert codes("Reyes and Cole", cite, question, entities) == []
    assert codes("Kemp", cite, "Who had been unable to cross the ridge?", entities) != ["DG601"]
