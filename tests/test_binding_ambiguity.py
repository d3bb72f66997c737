"""Ambiguity (DG605) against selection (DG601), on made-up cites: a question's words that fit
every value alike tell nothing apart; words the answer's clause alone holds select it."""

from deckgen.binding import check_binding

DAM = ("The dam is expected to cost $300 million, not including land purchases. At a briefing on Monday, "
       "the project's chief engineer Ana Ruiz said she anticipates that the total dam cost will be about $450 million.")


def codes(kind, answer, cite, question):
    return [f.code for f in check_binding(kind, answer, cite, question, {})]


def test_a_modal_verb_names_no_item():
    # "will" stands beside one value only, but it is the question's tense, not an item: both are the dam's cost
    assert codes("figure", "$300 million", DAM, "How much will the dam cost?") == ["DG605"]
    assert codes("figure", "about $450 million", DAM, "How much will the dam cost?") == ["DG605"]
    # the item words still select, either way
    assert codes("figure", "$300 million", DAM, "How much will the dam cost, not including land purchases?") == []
    assert codes("figure", "about $450 million", DAM, "How much will the dam cost, not including land purchases?") == ["DG601"]
    assert codes("figure", "about $450 million", DAM, "What total dam cost does Ana Ruiz anticipate?") == []
    assert codes("figure", "$300 million", DAM, "What total dam cost does Ana Ruiz anticipate?") == ["DG601"]


FINES = "其中,王某因受贿50万元,被判处有期徒刑3年,罚金8万元,没收非法所得50万元。"


def test_the_noun_a_closing_duoshao_counts_is_what_the_question_asks_for():
    # 王某 is the sentence's subject (every value is his); 罚金 is what 多少 counts
    assert codes("figure", "8万元", FINES, "王某被判处罚金多少？") == []
    assert codes("figure", "50万元", FINES, "王某被判处罚金多少？") == ["DG601"]
    # a verb of change before 多少 is no head (同比增长多少), nor a noun 多少 only stands after (持有甲公司多少股权)
    cite = "9月份,商品零售3300亿元,同比增长4.5%;餐饮收入383亿元,增长3.1%。"
    assert codes("figure", "3.1%", cite, "9月份餐饮收入同比增长多少？") == []
    holders = "主要股東：乙銀行託管甲公司存託憑證專戶（20.52%）、丙基金（6.38%）"
    assert codes("figure", "6.38%", holders, "丙基金持有甲公司多少股權？") == []


SEATS = "乙联盟在地区直选10个区中各取得1席;在功能组别获2席,分别是渔农界的张三和商界的李四;在选委界取得8席。"


def test_a_part_after_a_semicolon_with_no_subject_goes_on_with_the_name():
    # three counts of one party's seats, each part led by 在 (a place, no subject of its own): asked with
    # no sector, the question cannot choose
    assert codes("figure", "8席", SEATS, "乙联盟取得多少席？") == ["DG605"]
    assert codes("figure", "1席", SEATS, "乙联盟取得多少席？") == ["DG605"]


def test_the_sector_a_question_names_selects_its_count():
    assert codes("figure", "8席", SEATS, "乙联盟在选委界取得多少席？") == []


SHARES = ("Beta shares rose as much as 7 percent to a high of 310 pence in early trading. Holloway closed on Friday "
          "at 12.40 Canadian dollars, valuing the business at about 3.1 billion Canadian dollars (2.9 billion U.S. dollars).")


def test_a_possessor_frames_the_item_the_possessed_noun_names():
    # Holloway's is whose the item is (the share price is Holloway's too); "business" names the item
    q = "At about what value, in Canadian dollars, did Friday's close value Holloway's business?"
    assert codes("figure", "about 3.1 billion Canadian dollars", SHARES, q) == []
    assert codes("figure", "12.40 Canadian dollars", SHARES, q) == ["DG601"]
    # the possessor still selects when it is what the values differ by
    assert codes("figure", "12.40 Canadian dollars", SHARES, "At what price did Holloway close on Friday?") == []
