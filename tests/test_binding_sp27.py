"""Branch sp27: speakers and people across the tables. Made-up sentences, each failing without its rule."""

import pytest

from conftest import binding_code as verdict

MONTH = "The weather office also said that the season that ended Sept. 30 was the wettest on record for the valley."
TIME_AFTER = "The Pine Ridge blaze is now fully contained, the forest agency said Tuesday morning. The county sheriff said roads would reopen."
REPORTS = "A second outbreak in Ohio has been linked to 40 cases since March, the Daily Ledger reports."
REPORTED_FROM = "Judge Ann Roe sentenced the trader to ten years in prison, the Harbor Times reported from the courtroom."
POSSESSOR = ("Nadia Brook won the top prize for her debut album. Brook, 29, also spoke of Carla Mint's influence: "
             '"You showed me the way," she said while holding the trophy.')
POSSESSOR_TOPIC = "Nadia Brook's debut album won the top prize. She dedicated the award to Carla Mint, saying the singer had shown her the way."
QUOTE_ON = ('Mr Vale said the storms in the north were not the only surprise of the year. "However, the mean rainfall for 2011 '
            'exceeded the old record by 12 per cent across the south."')
QUOTE_ON_ZH = "在王明看来,今年多数城市的目标比较审慎。\u201c上年多数城市目标在6.0%以上,而今年绍兴目标为5%左右。\u201d"
ENTITIES = {"Nadia Brook": ["Brook"], "Carla Mint": ["Mint"], "Weather Office": ["the Weather Office"]}


@pytest.mark.parametrize("answer, cite, question, expect", [
    # a month's abbreviation before a day's figure ends no sentence: the reported clause runs on past it
    ("The weather office", MONTH, "Who said the season was the wettest on record for the valley?", "grounded"),
    # a time word after a verb that closes its sentence leaves the words before it
    ("the forest agency", TIME_AFTER, "Who said the Pine Ridge blaze was fully contained?", "grounded"),
    ("The county sheriff", TIME_AFTER, "Who said the Pine Ridge blaze was fully contained?", "DG401"),
    # X reports. / X reported from Y. closing a sentence: X said the clause before
    ("the Daily Ledger", REPORTS, "Who reports that the outbreak in Ohio has been linked to 40 cases?", "grounded"),
    ("the Harbor Times", REPORTED_FROM, "Who reported from the courtroom that Roe sentenced the trader to ten years?", "grounded"),
    ("Ann Roe", REPORTED_FROM, "Who reported from the courtroom that Roe sentenced the trader to ten years?", "DG401"),
    # a possessor inside another's clause is no antecedent of the pronoun; one opening its sentence is
    ("Nadia Brook", POSSESSOR, "Who said \u201cYou showed me the way\u201d?", "grounded"),
    ("Carla Mint", POSSESSOR, "Who said \u201cYou showed me the way\u201d?", "DG401"),
    ("Nadia Brook", POSSESSOR_TOPIC, "Who said Carla Mint had shown her the way?", "grounded"),
    # a quote opening the next sentence with no speaker of its own goes on with the reported words before it
    ("Mr Vale", QUOTE_ON, "Who said the mean rainfall for 2011 exceeded the old record by 12 per cent?", "grounded"),
    ("王明", QUOTE_ON_ZH, "谁说今年绍兴目标为5%左右？", "grounded"),
])
def test_sp27_speakers(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, ENTITIES) == expect


ZH_ENTITIES: dict = {}


@pytest.mark.parametrize("answer, cite, question, expect", [
    # 据介绍 ("it is said") names no speaker
    ("星海科技", "会上,星海科技发布了新款平板,屏占比94%,据介绍,这款产品重量仅为480克。", "谁介绍说这款产品重量仅为480克？", "DG402"),
    # X方面 is X; a body or a document named by its kind alone is the one that spoke or published just before
    ("远航汽车", "远航汽车方面表示,11月销量下跌是受工厂检修影响。", "谁表示11月销量下跌是受工厂检修影响？", "grounded"),
    ("国家能源局", "国家能源局公布,10月全国发电量为7000亿千瓦时。当局指,发电量上升主要受工业用电增加带动。",
     "谁指出发电量上升主要受工业用电增加带动？", "grounded"),
    ("星海科技", "星海科技今日发布第三季度业绩公告。公告中称,公司前三季度净利润增长120%。", "谁在公告中称前三季度净利润增长120%？", "grounded"),
    # 留言 before quoted words posts them
    ("网友", "有网友在论坛留言“这次发布会太精彩了”。", "谁留言说“这次发布会太精彩了”？", "grounded"),
    # figures as the subject of a verb of saying are data: a source, no speaker
    ("市气象局", "市气象局观测资料指出,昨日全市共录得降雨量85毫米。", "谁指出昨日全市降雨量85毫米？", "DG402"),
    ("市气象局", "市气象局观测资料指出,昨日全市共录得降雨量85毫米。", "85毫米的数字出自哪里？", "grounded"),
    # 已披露 before its noun is no saying
    ("华信证券", "华信证券统计数据显示,截至6月30日,已出业绩预告的公司约800家,在已披露业绩公司中,预增约200家。",
     "谁说截至6月30日已出业绩预告的公司约800家？", "DG402"),
    # 发布条件 is a noun; a publishing told inside a speaker's words is part of them
    ("王强", "气象局指出,这起地震最大震度为5弱。气象局主任王强表示,现行发布条件是规模5.0以上,气象局共发布2起警报,其中台北市民众较有感。",
     "谁表示台北市民众较有感？", "grounded"),
    ("气象局", "气象局指出,这起地震最大震度为5弱。气象局主任王强表示,现行发布条件是规模5.0以上,气象局共发布2起警报,其中台北市民众较有感。",
     "谁表示台北市民众较有感？", "DG401"),
    # 报告 with its clause set off reports; 根据5月报告 frames figures
    ("省地震局", "昨日全省发生有感地震,省地震局报告,震中位于东部海域,震源深度10公里。", "谁报告震中位于东部海域？", "grounded"),
    ("王明", "李华询问王明是否掌握此数字;王明回答,这个数据就是统计局所发布,根据5月报告,物价上涨项目约150项。",
     "谁说根据5月报告，物价上涨项目约150项？", "grounded"),
])
def test_sp27_zh_speakers(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, ZH_ENTITIES) == expect


EN_ENTITIES = {"Ana Cruz": ["Cruz", "Ms. Cruz"], "John Reed": ["Reed", "Mr. Reed"], "Weather Office": ["the Weather Office"]}
TRANSCRIPT = ("MR. REED: Welcome to this briefing. Let me introduce Ms. Ana Cruz, our chief economist. She will have some remarks.\n"
              "MS. CRUZ: Thank you. In this update we are revising our growth forecast down to 2.1 percent for 2020.")


@pytest.mark.parametrize("answer, cite, question, expect", [
    # the subject of a content clause after a noun of news speaks, and "the source" is the source named before
    ("a club source", "Late last night, reporter Sam Ward broke the news that a club source had told him that the striker agreed to a "
     "new deal. The source also said that the deal would make him the best paid player in the league.",
     "Who said the deal would make him the best paid player in the league?", "grounded"),
    # a relative clause before an a-phrase is no name the phrase describes
    ("a team source", "He will be paid $5 million at signing and $9 million by May, which comes next year, a team source told Jones.",
     "Who told Jones that he will be paid $5 million at signing?", "grounded"),
    # per a name set off by commas is according to it
    ("SalaryTrack.com", "His salary currently sits 12th in the league, per SalaryTrack.com, behind the likes of Tom Reed.",
     "According to whom does his salary sit 12th in the league?", "grounded"),
    # asking with the question quoted: the asker speaks
    ("Dana Cole", 'At the meeting, the first thing Dana Cole asked the pitcher, "Do you want to stay?"',
     'Who asked the pitcher, "Do you want to stay?"', "grounded"),
    # an absolute phrase's own subject before a participle of saying
    ("Red Cross", "Relief arrived in the valley on Sunday, with the Red Cross saying more than 900 families had been reached.",
     "Who said more than 900 families had been reached?", "grounded"),
    # a capitalised name with its colon opening a line heads a turn on that line
    ("Ana Cruz", TRANSCRIPT, "Who said the growth forecast was being revised down to 2.1 percent for 2020?", "grounded"),
    ("John Reed", TRANSCRIPT, "Who said the growth forecast was being revised down to 2.1 percent for 2020?", "DG401"),
])
def test_sp27_en_speakers(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, EN_ENTITIES) == expect


@pytest.mark.parametrize("answer, cite, question, expect", [
    # a short term in quotes as the object of a verb closing its sentence (实现"开门稳""开门红"。) is no quoted words:
    # the reported speech runs on into the next sentence
    ("赵林", "赵林介绍,今年以来,全市经济运行总体平稳,实现“开门稳”“开门红”。根据统一核算结果,一季度全市生产总值3120亿元,同比增长5.1%。",
     "谁介绍一季度全市生产总值3120亿元？", "grounded"),
    # 他 opening a sentence after one whose subject is a bare name is that name, not the speaker before
    ("钱伟", "赵林介绍,一季度全市生产总值3120亿元。\n钱伟对一季度经济特点作了解答。他介绍,一季度全市经济主要呈现三个特点。",
     "谁介绍一季度全市经济主要呈现三个特点？", "grounded"),
    ("赵林", "赵林介绍,一季度全市生产总值3120亿元。\n钱伟对一季度经济特点作了解答。他介绍,一季度全市经济主要呈现三个特点。",
     "谁介绍一季度全市经济主要呈现三个特点？", "DG401"),
    # a source label closing a header line of fields labels the text after it
    ("南方财经报", "类别:财经 发布时间:2024-02-01 09:30:00 来源:南方财经报\n截至1月31日,共有25个省份公布了2024年GDP增速目标。",
     "据哪家媒体报道，25个省份公布了2024年GDP增速目标？", "grounded"),
    # finding by going through figures: the finder is a source; a medium's reporter finds for the medium
    ("经济日报", "“增长目标较为审慎。”研究员李明在接受《经济日报》记者采访时表示。《经济日报》记者梳理发现,多数省份目标值介于5%至6%之间。",
     "据谁梳理发现，多数省份目标值介于5%至6%之间？", "grounded"),
    ("李明", "“增长目标较为审慎。”研究员李明在接受《经济日报》记者采访时表示。《经济日报》记者梳理发现,多数省份目标值介于5%至6%之间。",
     "据谁梳理发现，多数省份目标值介于5%至6%之间？", "DG401"),
    # pointing out to the reporter is saying
    ("张强", "张强提示记者,沿海省份的增长目标往往是全国走势的风向标。", "谁提示记者，沿海省份的增长目标往往是全国走势的风向标？", "grounded"),
])
def test_sp27_zh_speakers_more(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, ZH_ENTITIES) == expect


@pytest.mark.parametrize("answer, cite, question, expect", [
    # the subject of an infinitive of saying is the finite verb's (decided not to speak except to say)
    ("Lee", "Relatives asked for the maximum term. Lee decided not to speak except to say that more details will come soon.",
     "Who said more details will come soon?", "grounded"),
    # a subject whose first verb phrase is longer than the look-back window still speaks by its second verb
    ("Judge Ortiz", "Judge Ortiz in announcing the sentence urged people to read the written analysis on how she reached her "
     "decision and said the term was not based on anger.", "Who said the term was not based on anger?", "grounded"),
    # an adverb between the auxiliary and the verb is no part of the subject
    ("the firm's own lawyer", "The firm's own lawyer had even admitted he doubted the numbers at times.",
     "Who admitted he doubted the numbers at times?", "grounded"),
    # the defense: the one named before with more words (the firm's defense team)
    ("the firm's defense team", 'The firm\'s defense team argued against the memo, calling it "unfair." "The memo bends the '
     'facts to fit its story," the defense wrote in a filing.', "Who wrote that the memo bends the facts to fit its story?", "grounded"),
    # a participle phrase of who made the thing is no part of its name
    ("a review", "By 2011, a review commissioned by the city council revealed the cost had risen to $2.1 billion.",
     "What revealed that the cost had risen to $2.1 billion?", "grounded"),
    ("the city council", "By 2011, a review commissioned by the city council revealed the cost had risen to $2.1 billion.",
     "What revealed that the cost had risen to $2.1 billion?", "DG401"),
    # whose calculations: a source of figures
    ("Bloomberg", "The offer implies a 7.2% premium to the last close, according to Bloomberg's calculations.",
     "According to whose calculations does the offer imply a 7.2% premium?", "grounded"),
    # counting cases with the figure is a source's finding
    ("the state health department", "Since March, the state health department has identified 210 cases statewide.",
     "According to whom have 210 cases been identified since March?", "grounded"),
])
def test_sp27_en_speakers_more(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, EN_ENTITIES) == expect


HEARER = "一个月后,周敏回到星海科技上班,她在总部感谢全体员工:“过去一年,我们同舟共济,没有一座高山不可逾越。”"
RELAY = "据南方日报报道,研究机构首席分析师王涛在接受采访时表示,新系列是公司回归的里程碑,销量有望翻倍。"


@pytest.mark.parametrize("answer, cite, question, expect", [
    # addressing a hearer with quoted words after a colon is saying them; an unresolved 她 is whoever opens a clause
    # before it, never a name inside one
    ("周敏", HEARER, "谁在总部说“没有一座高山不可逾越”？", "grounded"),
    ("星海科技", HEARER, "谁在总部说“没有一座高山不可逾越”？", "DG401"),
    # 正如X所说 opening a sentence with a quote after it quotes X
    ("李强", "正如远航汽车创始人李强所说“物有所值用户才会买单”,自研技术为低价高配策略提供了支撑。", "谁说“物有所值用户才会买单”？", "grounded"),
    # a relay's words that hold another's saying are that one's, unless asked by the relay's verb
    ("王涛", RELAY, "谁表示新系列是公司回归的里程碑？", "grounded"),
    ("南方日报", RELAY, "谁表示新系列是公司回归的里程碑？", "DG401"),
])
def test_sp27_zh_speakers_hearers(answer, cite, question, expect):
    assert verdict("quote", answer, cite, question, ZH_ENTITIES) == expect
