"""Traps the engine used to let through, on made-up cites: a card whose answer is another value of
its cite (another person's, item's, period's) is a card that teaches something false."""

from deckgen.grounding import support
from conftest import binding_codes as codes


PANEL = "发布会上,省交通厅副厅长周明远,省气象局局长林涛,市公交集团总经理何晓东介绍了有关情况。"


def test_a_title_holds_the_name_after_it_up_to_its_comma_whatever_the_answers_length():
    # 林涛 is two characters, the trap three: the name is read to the comma that ends it
    assert codes("fact", "林涛", PANEL, "省气象局局长是谁？") == []
    assert codes("fact", "何晓东", PANEL, "省气象局局长是谁？") == ["DG601"]
    assert codes("fact", "周明远", PANEL, "省气象局局长是谁？") == ["DG601"]
    assert codes("fact", "何晓东", PANEL, "市公交集团总经理是谁？") == []


DEFENDANTS = "收受该厂销售经理、被告人赵启明,财务主管、被告人钱立给予的现金30万元。"
LAUREATES = "中国工程院院士、桥梁工程专家孙卫国和中国科学院院士、理论物理学家李安获得了今年的大奖。"


def test_a_second_title_set_off_by_a_pause_mark_is_the_same_names():
    # ROLE、被告人NAME: 被告人 is a second title of the name after it, not the name
    assert codes("fact", "赵启明", DEFENDANTS, "该厂的销售经理是谁？") == []
    assert codes("fact", "钱立", DEFENDANTS, "该厂的销售经理是谁？") == ["DG601"]
    # ROLE、field-专家/学家 NAME in a 和 list: each name keeps its own titles
    assert codes("fact", "李安", LAUREATES, "谁是中国工程院院士？") == ["DG601"]
    assert codes("fact", "孙卫国", LAUREATES, "谁是中国工程院院士？") == []


SALES = "甲公司第3季營收500億元，較第2季420億元季增19%、比去年同期450億元增加11%。"


def test_a_period_naming_a_bases_level_is_that_levels_not_the_changes():
    # 第2季 names the base's 420億元, not the 19%: the change is the third quarter's, against the second
    assert codes("figure", "19%", SALES, "甲公司第3季營收季增多少？") == []
    assert codes("figure", "11%", SALES, "甲公司第3季營收季增多少？") == ["DG602"]
    assert codes("figure", "11%", SALES, "甲公司第3季營收比去年同期增加多少？") == []
    assert codes("figure", "19%", SALES, "甲公司第3季營收比去年同期增加多少？") == ["DG602"]


def test_a_base_period_with_no_level_of_its_own_is_left_as_it_was():
    # 比2019年1—9月份增长8.0%: no level in the base; the change against 2019 is still another base's
    cite = "1—9月份,商品零售额9000亿元,同比增长12.0%,比2019年1—9月份增长5.0%。"
    assert codes("figure", "12.0%", cite, "1—9月份商品零售额同比增长多少？") == []
    assert codes("figure", "5.0%", cite, "1—9月份商品零售额同比增长多少？") == ["DG602"]


def test_taiwans_year_to_date_without_ge_is_a_span_from_january():
    from deckgen.binding import _periods

    assert [k for _, _, k in _periods("累計前11月合併營收")] == [",,,,1-11"]
    assert [k for _, _, k in _periods("前11个月")] == [",,,,1-11"]
    assert [k for _, _, k in _periods("前三个月")] == [",,,,1-3"]


HOLIDAY = "春节假期7天,全市接待游客1200万人次,同比增长8.5%;实现旅游收入95.3亿元,同比增长10.2%。"
CLOSE = "截至收盘,甲指数报3021.5点,跌0.8%,成交额2650亿元;乙指数报1870.2点,涨0.3%,成交额980亿元。"


def test_a_money_metric_asked_as_a_level_is_answered_in_money():
    assert codes("figure", "95.3亿元", HOLIDAY, "春节假期全市实现旅游收入多少？") == []
    assert codes("figure", "1200万人次", HOLIDAY, "春节假期全市实现旅游收入多少？") == ["DG601"]
    assert codes("figure", "980亿元", CLOSE, "乙指数的成交额是多少？") == []
    assert codes("figure", "1870.2点", CLOSE, "乙指数的成交额是多少？") == ["DG601"]
    # its change is asked in percent: the question asks no amount of money
    assert codes("figure", "10.2%", HOLIDAY, "春节假期全市旅游收入同比增长多少？") == []


def test_a_bare_amount_may_be_money_whose_currency_is_stated_elsewhere():
    cite = "该公司12月营收860亿(新台币,下同,约27亿美元),月增2.2%。"
    assert codes("figure", "860亿", cite, "该公司12月营收是多少？") == []


def test_an_index_level_asked_in_points_is_not_its_change_or_turnover():
    assert codes("figure", "1870.2点", CLOSE, "乙指数报多少点？") == []
    assert codes("figure", "980亿元", CLOSE, "乙指数报多少点？") == ["DG601"]
    assert codes("figure", "0.3%", "乙指数当日上涨0.3%,收报1870.2点。", "乙指数收报多少点？") == ["DG601"]


TERMS = "被告人王强、李明均犯受贿罪;王强有期徒刑2年6个月,缓刑3年;李明有期徒刑2年,缓刑3年。"


def test_a_term_of_years_and_months_is_one_span_not_its_years():
    # 2年 is 李明's whole term; the 2年 of 王强's 2年6个月 is no value of its own
    assert codes("figure", "2年6个月", TERMS, "王强被判处有期徒刑多长时间？") == []
    assert codes("figure", "2年", TERMS, "王强被判处有期徒刑多长时间？") == ["DG601"]
    assert codes("figure", "2年", TERMS, "李明被判处有期徒刑多长时间？") == []
    assert codes("figure", "2年6个月", TERMS, "李明被判处有期徒刑多长时间？") == ["DG601"]
    # 零 may join them
    cite = "王强有期徒刑2年零6个月,李明有期徒刑2年。"
    assert codes("figure", "2年零6个月", cite, "王强被判处有期徒刑多长时间？") == []
    assert codes("figure", "2年", cite, "王强被判处有期徒刑多长时间？") == ["DG601"]


RANKS = "本周各分公司销售额均有增长。杭州、宁波、温州依次位列全省销售额增幅前三名。"


def test_items_before_fenbie_take_the_first_ranks_by_position():
    assert codes("fact", "宁波", RANKS, "全省销售额增幅第二名是哪个城市？") == []
    assert codes("fact", "杭州", RANKS, "全省销售额增幅第二名是哪个城市？") == ["DG601"]
    assert codes("fact", "温州", RANKS, "全省销售额增幅第1名是哪个城市？") == ["DG601"]
    # asked which is among the first three, every item fits
    assert codes("fact", "温州", RANKS, "哪个城市的销售额增幅位列前三名？") == ["DG605"]


WINNERS = "本届该党派5人出战,最终只有上城区王立新、下城区赵文和西湖区周小梅胜出。"


def test_a_name_after_its_own_place_in_a_list_is_that_places():
    assert codes("fact", "周小梅", WINNERS, "该党在西湖区胜出的是谁？") == []
    assert codes("fact", "赵文", WINNERS, "该党在西湖区胜出的是谁？") == ["DG601"]
    assert codes("fact", "王立新", WINNERS, "该党在西湖区胜出的是谁？") == ["DG601"]
    assert codes("fact", "赵文", WINNERS, "该党在下城区胜出的是谁？") == []


def test_a_figure_the_question_gives_itself_is_not_what_it_asks_for():
    cite = "On May 3 the rope team reached 6,400 metres, still more than 1,200 metres below the summit."
    question = "How far below the summit was the rope team when it reached 6,400 metres?"
    assert codes("figure", "6,400 metres", cite, question) == ["DG601"]
    assert codes("figure", "more than 1,200 metres", cite, question) == []
    # a bare count the question names with another counter (4名裁判) gives no 4年
    verdicts = "4名被告人被判处4年到7年有期徒刑不等。"
    assert codes("figure", "4年", verdicts, "4名被告人被判处的有期徒刑最短是多少年？") == []


def test_a_ri_that_follows_no_number_is_a_word_of_the_question_not_a_day():
    from deckgen.binding import _question_terms

    cite = "本月同业拆借日均成交同比下降12.5%,现券日均成交同比下降31.2%;日韩两国占比三成。"
    cjk, _ = _question_terms("本月现券日均成交同比下降多少？", cite)
    assert "现券日均成交同比下降" in cjk  # 日均 is 'daily average': the item's words stay whole
    assert "日韩两国占比" in _question_terms("日韩两国占比多少？", cite)[0]  # (日韩 is Japan and Korea)
    # the 日 of a date still names no item: 5日 is read as a date, not a term
    assert not any("日" in t for t in _question_terms("5日现券日均成交多少？", "5日现券成交")[0])


def test_a_date_without_the_part_the_question_asks_for_answers_another_question():
    cite = "The relay team set the record in 2011 and will defend it in Friday's final."
    assert codes("date", "Friday", cite, "In what year did the relay team set the record?") == ["DG601"]
    assert codes("date", "2011", cite, "In what year did the relay team set the record?") == []
    assert codes("date", "2011", cite, "On what day of the week is the final?") == ["DG601"]
    assert codes("date", "Friday", cite, "On what day of the week is the final?") == []
    zh = "气象署今天上午9时20分发布警报,预估26日清晨登陆。"
    assert codes("date", "26日", zh, "气象署今天几点发布警报？") == ["DG601"]
    assert codes("date", "上午9时20分", zh, "气象署今天几点发布警报？") == []
    # a cite with no date of the asked part is judged as before
    assert codes("date", "Friday", "The final is on Friday, two days after the heats on Wednesday.",
                 "In what year is the final?") == []


def test_a_minute_said_on_the_clock_and_an_ordinal_minute_are_rivals():
    cite = "Lee put the visitors ahead on 23 minutes, and Okafor levelled with a header in the 67th minute."
    assert codes("figure", "67th minute", cite, "After how many minutes did Lee put the visitors ahead?") == ["DG601"]
    assert codes("figure", "23 minutes", cite, "After how many minutes did Lee put the visitors ahead?") == []
    assert codes("figure", "23 minutes", cite, "In which minute did Okafor level?") == ["DG601"]
    assert codes("figure", "67th minute", cite, "In which minute did Okafor level?") == []
    # a span of minutes (on the pitch for 4 minutes) is no moment of the match
    span = "Okafor, on the pitch for only four minutes, scored in the 88th minute."
    assert codes("figure", "four minutes", span, "How many minutes had Okafor been on the pitch when he scored?") == []


def test_a_question_term_does_not_borrow_the_first_character_of_the_item_after_it():
    # 前往海|岛度假的游客占比: greedy matching takes 前往海 (the cite's 前往海滨浴场) and leaves the item cut;
    # the longer term starting at its last character (海岛度假的游客占比) takes that character
    cite = "选择前往海滨浴场、山地森林、海岛度假的游客占比分别达31.5%、20.4%和12.2%。"
    assert codes("figure", "31.5%", cite, "前往海岛度假的游客占比是多少？") == ["DG601"]
    assert codes("figure", "12.2%", cite, "前往海岛度假的游客占比是多少？") == []
    # a longer overlap is a word of both: the list's item (装备制造业) stays whole
    made = "7月份,装备制造业和高技术制造业增加值同比分别增长13.0%、9.8%。"
    assert codes("figure", "13.0%", made, "7月份,装备制造业增加值同比增长多少？") == []
    assert codes("figure", "9.8%", made, "7月份,装备制造业增加值同比增长多少？") == ["DG601"]


def test_a_flows_year_on_year_difference_is_not_the_flow_a_question_asks_for():
    # (the same cite with 新增 before each flow is still a gap, heldout-pboc 84: the question's 新增 reads as a rise, so
    # it seems to ask for a change, and the difference is kept)
    cite = "机构对5月贷款投放的预测中值为1.62万亿元,与上年持平;另对5月社融规模的预测中值为2.40万亿元,同比多增0.25万亿元。"
    assert codes("figure", "0.25万亿元", cite, "机构对5月社融规模的预测中值是多少？") == ["DG601"]
    assert codes("figure", "2.40万亿元", cite, "机构对5月社融规模的预测中值是多少？") == []
    # a question that compares (同比多增多少) asks for the difference, as before
    assert codes("figure", "0.25万亿元", cite, "机构预测5月社融规模同比多增多少？") == []


def test_a_respectively_list_ends_at_its_respectively_and_an_item_at_a_full_stop():
    cite = ("Trailing the leaders were the family comedy \u201cPaper Kites\u201d and the Orion remake of \u201cNight Run.\u201d "
            "Both had soft debuts of just $3.1 million and $3.4 million respectively and should end the week near $7-7.5 million each.")
    asked = "How much did the Orion remake of Night Run take in on its debut?"
    assert codes("figure", "$3.1 million", cite, asked) == ["DG601"]
    assert codes("figure", "$3.4 million", cite, asked) == []
    # what the sentence after the items says (soft debuts) is each item's: it cannot choose
    assert codes("figure", "$3.1 million", cite, "How much was the soft debut?") == ["DG605"]


def test_a_date_the_question_gives_itself_is_not_what_it_asks_for():
    cite = ("Factory orders rose 1.5 percent from February to a rate of 3.1 million in March, the first monthly "
            "increase since November, the survey showed.")
    asked = "Before March 2019, in what month had factory orders last risen from the month before?"
    assert codes("date", "March", cite, asked) == ["DG601"]
    # a question offering the choice names both: it gives neither
    from deckgen.binding import _date_given_by_question

    assert _date_given_by_question("march", cite.lower(), "did orders last rise in march or in november?") == []


def test_a_whole_name_the_cite_ends_is_not_cut_for_a_longer_term():
    # 丙公司 ends at a comma in the cite: it is a whole name, though 司获主力资金净流入 is longer
    cite = "甲公司获主力资金净流入最多,金额为3.1亿元;主力资金净流入居前的还有乙公司、丙公司,金额分别为2.2亿元、1.4亿元。"
    assert codes("figure", "1.4亿元", cite, "丙公司获主力资金净流入多少？") == []


def test_the_figure_a_question_quotes_selects_the_item_at_its_place():
    cite = "本月销往法国及意大利的汽车数量下跌18.5%及12%,销往巴西、智利及阿根廷的汽车数量分别跌9.1%、7.4%及3.3%。"
    asked = "本月销往哪个国家的汽车数量下跌7.4%？"
    assert codes("fact", "智利", cite, asked) == []
    assert codes("fact", "巴西", cite, asked) == ["DG601"]
    assert codes("fact", "意大利", cite, asked) == ["DG601"]
    # a figure the cite writes twice points at no one place
    twice = "销往巴西、智利的汽车数量分别跌7.4%、3.3%,销往秘鲁的则跌7.4%。"
    assert codes("fact", "秘鲁", twice, asked) == []


def test_the_name_the_cite_writes_after_the_questions_description_is_the_one_meant():
    cite = "王大海是最后一个出庭的被告,他的罚金仅次于罚金最高的赵一鸣。最先出庭的,是3名被告中年纪最轻的孙小川。"
    assert codes("fact", "王大海", cite, "谁的罚金最高？") == ["DG601"]
    assert codes("fact", "赵一鸣", cite, "谁的罚金最高？") == []
    assert codes("fact", "王大海", cite, "最先出庭的是谁？") == ["DG601"]
    assert codes("fact", "孙小川", cite, "最先出庭的是谁？") == []


def test_the_noun_a_name_commands_or_stars_in_is_that_names_own():
    cite = ("A Danish fleet under the command of Admiral Holm sailed north, while a Swedish fleet under the "
            "command of Admiral Berg held the strait.")
    people = {"Admiral Holm": ["Holm"], "Admiral Berg": ["Berg"]}
    assert codes("fact", "Admiral Berg", cite, "Who commanded the Swedish fleet?", people) == []
    assert codes("fact", "Admiral Holm", cite, "Who commanded the Swedish fleet?", people) == ["DG601"]
    assert codes("fact", "Admiral Holm", cite, "Who commanded the Danish fleet?", people) == []
    films = "“Harbor,” a slow thriller starring Ana Ruiz, opened third, ahead of “Kite,” a family comedy starring Tom Bell."
    cast = {"Ana Ruiz": ["Ruiz"], "Tom Bell": ["Bell"]}
    assert codes("fact", "Tom Bell", films, "Who stars in the family comedy?", cast) == []
    assert codes("fact", "Ana Ruiz", films, "Who stars in the family comedy?", cast) == ["DG601"]


def test_a_clause_opening_with_dui_goes_on_with_the_one_who_forecasts_not_the_item():
    # the forecaster before the first 对 is each clause's; the item after it (铜价, 铝价) is its own clause's
    cite = "从环比来看,国内多家大型券商对 6 月铜价涨幅预测中值为 3.2%,对 6 月铝价涨幅预测中值为 1.4%。"
    asked_coal = "国内多家大型券商对6月铝价涨幅的预测中值是多少？"
    assert codes("figure", "3.2%", cite, asked_coal) == ["DG601"]
    assert codes("figure", "1.4%", cite, asked_coal) == []
    asked_steel = "国内多家大型券商对6月铜价涨幅的预测中值是多少？"
    assert codes("figure", "3.2%", cite, asked_steel) == []
    assert codes("figure", "1.4%", cite, asked_steel) == ["DG601"]


def test_a_quoted_figure_of_another_measure_that_names_the_event_points_at_no_sentence():
    # "the 400 metres" names the race of every sentence; the question's record words choose the value
    cite = ("Junior champion Lena Ortiz won the second heat of the 400m in 51.20. "
            "Ortiz holds the national junior record at 50.88 and ran 51.02 last month.")
    people = {"Lena Ortiz": ["Ortiz"]}
    asked = "What is Lena Ortiz's national junior record in the 400 metres?"
    assert codes("figure", "51.20", cite, asked, people) == ["DG601"]
    assert codes("figure", "50.88", cite, asked, people) == []


def test_one_after_more_or_fewer_in_a_comparison_is_the_change_not_an_article():
    cite = "新一届市议会选举结果揭晓,绿党以12席位居第二,较上届再多取得一席。"
    asked = "绿党的议席较上届多了多少席？"
    assert codes("figure", "12席", cite, asked) == ["DG601"]
    assert codes("figure", "一席", cite, asked) == []


def test_a_leading_frame_names_the_metric_of_every_value_after_it():
    # 从营收比重来看, frames every item's share: a question naming no item cannot choose
    cite = "从营收比重来看,本季度甲事业部占比约40%,较上季的38%略增,乙事业部占比35%,丙事业部占比约25%。"
    assert codes("figure", "约40%", cite, "本季度事业部营收占比约多少？") == ["DG605"]
    assert codes("figure", "35%", cite, "本季度乙事业部营收占比是多少？") == []


def test_a_total_asked_as_a_level_is_an_amount_not_the_rate_of_its_change():
    cite = "该省去年地区生产总值总量首次突破5万亿元,比上年增长了5.2%,增速居全国前列。"
    asked = "该省去年地区生产总值总量突破了多少？"
    assert codes("figure", "5.2%", cite, asked) == ["DG601"]
    assert codes("figure", "5万亿元", cite, asked) == []
    # a total counted in people is an amount too, whatever its measure
    travel = "春运期间客流总量约为20.95亿人次,比去年同期增长99.5%。"
    assert codes("figure", "约20.95亿人次", travel, "春运期间客流总量是多少？") == []
    assert codes("figure", "99.5%", travel, "春运期间客流总量是多少？") == ["DG601"]


def test_one_of_a_group_is_a_count_when_the_question_asks_how_many_of_it():
    cite = ("Reporters asked about the three injured workers. Officials said one of the workers "
            "was hurt by falling debris.")
    asked = "How many of the injured workers were hurt by falling debris?"
    assert codes("figure", "three", cite, asked) == ["DG601"]
    assert codes("figure", "one", cite, asked) == []


def test_another_value_speaks_before_its_dropped_qualifier() -> None:
    """An answer that is another item's value, short of that value's qualifier, is told as the other
    item's (DG601): with the qualifier mended it would still be wrong. A qualifier dropped from the
    value the question asks stays DG204."""

    cite = "The bank cut its key rate to 13%, while inflation reached nearly 80%."
    [m] = support("figure", "80%", cite, "To what level did the bank cut its key rate?", {})
    assert m.code == "DG601" and "13%" in m.message
    [m] = support("figure", "80%", cite, "How high did inflation reach?", {})
    assert m.code == "DG204"
    assert support("figure", "nearly 80%", cite, "How high did inflation reach?", {}) == []
    zh = "今年工业用电量增长约12%,居民用电量增长7%。"
    [m] = support("figure", "12%", zh, "今年居民用电量增长多少？", {})
    assert m.code == "DG601"
    [m] = support("figure", "12%", zh, "今年工业用电量增长多少？", {})
    assert m.code == "DG204"


def test_a_lone_forecast_or_goal_is_no_actual_where_the_question_asks_what_happened():
    # the cite's one value of its kind, foreseen in its own clause: asked what happened, DG603
    cite = "The studio said the sequel was expected to take in about $40 million over the weekend."
    assert codes("figure", "about $40 million", cite, "How much did the sequel take in over the weekend?") == ["DG603"]
    assert codes("figure", "about $40 million", cite, "How much was the sequel expected to take in?") == []
    assert codes("figure", "about $40 million", cite, "How much would the sequel take in, per the studio?") == []
    zh = "总经理说,今年出货量可望超过500万台,将创新高。"
    assert codes("figure", "超过500万台", zh, "今年出货量实际是多少？") == ["DG603"]
    assert codes("figure", "超过500万台", zh, "今年出货量可望达到多少？") == []
    dated = "The board is expected to approve the merger on Friday."
    assert codes("date", "Friday", dated, "On what day did the board approve the merger?") == ["DG603"]
    goal = "Prices rose, moving away from the bank's 3 percent objective."
    assert codes("figure", "3 percent", goal, "What is the rate of price growth?") == ["DG603"]
    assert codes("figure", "3 percent", goal, "What is the bank's objective for price growth?") == []


def test_a_value_with_an_event_or_comparison_of_its_own_is_not_the_forecasts():
    # the forecast word compares (better than we projected) or governs another event than the value's
    assert codes("figure", "80 basis points", "The margin was better than we projected and improved 80 basis points.",
                 "By how many basis points did the margin improve?") == []
    cite = "The phone will run longer when it ships on May 9 than was estimated when it was unveiled in March."
    assert codes("date", "March", cite, "In which month was the phone unveiled?") == []
    assert codes("figure", "second-largest", "The deal would lift the bank from the second-largest lender to the largest.",
                 "Where did the bank rank before the deal?") == []
    # an actual marker in the value's clause: it happened
    assert codes("figure", "$2.1 billion", "Sales came in at $2.1 billion, more than expected.",
                 "What were the sales?") == []


def test_a_predicate_without_a_subject_of_its_own_shares_the_sentences_subject():
    # fell … ; and declined …: the subject (car sales) and the closing attribution are every predicate's
    cite = ("By region, car sales rose 4.1 percent in the North; fell 1.7 percent in the East; "
            "and declined 0.9 percent in the West, according to the dealers' survey.")
    assert codes("figure", "4.1 percent", cite, "By what percentage did car sales change, according to the dealers' survey?") == ["DG605"]
    assert codes("figure", "1.7 percent", cite, "By what percentage did car sales change in the East?") == []
    assert codes("figure", "0.9 percent", cite, "By what percentage did car sales change in the East?") == ["DG601"]
    both = "Trimming the dose reduced nausea by 40 percent and cut the risk of dizziness by 15 percent."
    assert codes("figure", "40 percent", both, "By how much did trimming the dose help?") == ["DG605"]
    assert codes("figure", "15 percent", both, "By how much did trimming the dose cut the risk of dizziness?") == []
    # a conjunct with a subject of its own keeps its own words
    own = "Exports rose 3 percent and imports fell 2 percent."
    assert codes("figure", "2 percent", own, "By how much did exports change?") == ["DG601"]


def test_a_comparative_before_a_noun_names_a_thing_not_the_move_the_question_asks():
    # "the lower dose" is a dose; the question's move is "increase", against the cite's "reduced"
    cite = "The trial found that the lower dose reduced the risk of relapse by 18 percent."
    assert codes("figure", "18 percent", cite, "By how much did the lower dose increase the risk of relapse?") == ["DG604"]
    assert codes("figure", "18 percent", cite, "By how much did the lower dose reduce the risk of relapse?") == []
    assert codes("figure", "18 percent", cite, "By how much was the risk of relapse lower with the new dose?") == []


def test_a_change_against_year_is_not_the_one_against_the_period_the_question_names():
    # the question's 环比 change is written in another unit (%) than the answer's (倍): no rival, still DG602
    cite = "5月份,其中,新能源客车销售2万辆,环比增长12.5%,同比增长3.2倍。"
    assert codes("figure", "3.2倍", cite, "5月份新能源客车销售环比增长多少？") == ["DG602"]
    assert codes("figure", "3.2倍", cite, "5月份新能源客车销售同比增长多少？") == []
    assert codes("figure", "12.5%", cite, "5月份新能源客车销售环比增长多少？") == []
    en = "Orders rose 2.4 percent month-on-month and were 3 times higher year-on-year."
    assert codes("figure", "2.4 percent", en, "By how much did orders rise month-on-month?") == []


def test_an_advance_is_a_move_forward_and_a_retreat_a_move_back():
    cite = "The index advanced 1.8 percent on Monday, while bond yields fell 0.2 percent."
    assert codes("figure", "retreated 1.8 percent", cite, "How did the index move on Monday?") == ["DG604"]
    assert codes("figure", "advanced 1.8 percent", cite, "How did the index move on Monday?") == []
    assert codes("figure", "1.8 percent", cite, "By how much did the index retreat on Monday?") == ["DG604"]
    assert codes("figure", "1.8 percent", cite, "By how much did the index advance on Monday?") == []


def test_a_value_joined_by_and_with_no_verb_of_its_own_shares_the_first_ones_subject():
    # "and a 128GB model for $899": the tablet's price too; a question naming no model cannot choose
    cite = "The tablet will go on sale on May 2 in a 64GB model for $799 and a 128GB model for $899."
    assert codes("figure", "$799", cite, "How much will the tablet cost?") == ["DG605"]
    assert codes("figure", "$899", cite, "How much will the 128GB tablet cost?") == []
    assert codes("figure", "$799", cite, "How much will the 128GB tablet cost?") == ["DG601"]
    # a conjunct with a subject of its own keeps its own words
    own = "Thomson shareholders will hold 53 percent and Reuters shareholders 47 percent."
    assert codes("figure", "47 percent", own, "What share will Thomson shareholders hold?") == ["DG601"]


def test_a_margin_given_on_the_other_side_states_the_opposite():
    cite = "In the final, Lee finished two tenths of a second ahead of Park in 10.02 s."
    assert codes("figure", "two tenths of a second behind", cite, "How far was Lee from Park at the finish?") == ["DG604"]
    assert codes("figure", "two tenths of a second ahead", cite, "How far was Lee from Park at the finish?") == []
    assert codes("figure", "3 points below", "The score was 3 points above the average.", "Where was the score?") == ["DG604"]


def test_a_share_of_a_noun_is_no_count_of_it() -> None:
    """'more than half the Republican caucus (23 in favor, 22 opposed)': asked how many Republicans voted
    for it, the share is no count of Republicans in another measure; 23 is grounded."""
    from deckgen.grounding import support

    cite = "All 55 Democrats joined more than half the Republican caucus (23 in favor, 22 opposed) to pass the bill."
    assert support("figure", "23", cite, "How many Senate Republicans voted in favor of the bill?", {}) == []


CAPTION = "图为新厂的装配线。省汽车行业协会副秘书长 孟庆丰 新华社记者 陆安 摄"


def test_a_caption_credit_names_the_photographer_though_a_space_parts_it_from_the_name():
    # 记者 陆安 摄: the credit, spaced or folded; the person pictured or titled beside it did not take the photo
    assert codes("fact", "陆安", CAPTION, "这张照片是哪位新华社记者拍摄的？") == []
    assert codes("fact", "孟庆丰", CAPTION, "这张照片是哪位新华社记者拍摄的？") == ["DG601"]
    assert codes("fact", "陆安", "新华社杭州5月2日电 (周岚)本市今日发布新规。新华社记者 陆安 摄", "这条新华社电讯的作者是谁？") == ["DG601"]


BOARD = ("\"Demand held up,\" said Nora Lind, Ph.D., Senior Vice President and Head of Retail Lending, Harbor Bank. Tom Oduya, "
         "chief risk officer of Harbor Bank, said losses were small; Pia Sand, M.D., professor of cardiology, is leading the "
         "study, and Ole Berg, acting chair of surgery, is its sponsor, according to reporter Ian Moe.")


def test_a_role_set_off_after_an_english_name_is_that_names():
    # NAME, [degree,] ROLE: asked who holds the role, another name of the cite is another person
    assert codes("fact", "Nora Lind", BOARD, "Who is Head of Retail Lending at Harbor Bank?") == []
    assert codes("fact", "Tom Oduya", BOARD, "Who is Head of Retail Lending at Harbor Bank?") == ["DG601"]
    assert codes("fact", "Tom Oduya", BOARD, "Who is the chief risk officer of Harbor Bank?") == []
    assert codes("fact", "Nora Lind", BOARD, "Who is the chief risk officer of Harbor Bank?") == ["DG601"]
    assert codes("fact", "Pia Sand", BOARD, "Who is a professor of cardiology in the study team?") == []
    assert codes("fact", "Ole Berg", BOARD, "Who is a professor of cardiology in the study team?") == ["DG601"]
    # the reporter named before his name holds no role of the question's
    assert codes("fact", "Ian Moe", BOARD, "Who is the acting chair of surgery?") == ["DG601"]
    assert codes("fact", "Ole Berg", BOARD, "Who is the acting chair of surgery?") == []


FUNDERS = ("The trial is run with the Marine Survey Institute (MSI), part of the National Oceans Agency (NOA), and the Coastal "
           "Defense Fund (CDF), part of the Office of the Deputy Minister for Ports at the Transport Ministry.")


def test_a_bodys_apposition_tells_it_from_another_body_the_question_describes():
    # Which body, APPOSITION, …? selects the body whose own apposition it is
    question = "Which institute, part of the National Oceans Agency, runs the trial?"
    assert codes("fact", "Marine Survey Institute", FUNDERS, question) == []
    assert codes("fact", "MSI", FUNDERS, question) == []
    assert codes("fact", "Coastal Defense Fund", FUNDERS, question) == ["DG601"]
    assert codes("fact", "MSI", FUNDERS, "Which fund, part of the Office of the Deputy Minister for Ports, runs the trial?") == ["DG601"]


SURVEY = ("A coastal survey called the Reef Count Project (RCP), funded by the Ocean Trust (OT), found corals recovering, "
          "the Harbor Gazette reported. The north fort was held by the Danes. The old mill on the ridge was held by the "
          "Swedes under Colonel Berg.")


def test_the_agent_of_a_passive_verb_is_its_doer():
    # funded by X: asked who funded it, the paper reporting it is not the funder
    assert codes("fact", "Ocean Trust", SURVEY, "Which body funded the Reef Count Project?") == []
    assert codes("fact", "OT", SURVEY, "Which body funded the Reef Count Project?") == []
    assert codes("fact", "the Harbor Gazette", SURVEY, "Which body funded the Reef Count Project?") == ["DG601"]
    # two agents of one verb: the one whose sentence holds the question's object
    assert codes("fact", "the Swedes", SURVEY, "Who held the old mill?") == []
    assert codes("fact", "the Danes", SURVEY, "Who held the old mill?") == ["DG601"]
    assert codes("fact", "the Danes", SURVEY, "Who held the north fort?") == []


def test_a_chinese_deeds_doer_is_the_subject_of_the_clause_holding_it():
    # the giver named in the object after the verb, the speaker reporting it, the one named in the next clause
    bribe = "2010年至2012年,周立在担任市体育局局长期间,利用职务便利,收受该俱乐部董事、被告人王强给予的人民币80万元。"
    assert codes("fact", "周立", bribe, "谁在担任市体育局局长期间收受了人民币80万元？") == []
    assert codes("fact", "王强", bribe, "谁在担任市体育局局长期间收受了人民币80万元？") == ["DG601"]
    told = "林海说,七叔回国以后,工作很忙,七叔的婚事还是时任校长的吴敬之牵线。"
    assert codes("fact", "吴敬之", told, "谁为林华的婚事牵线？") == []
    assert codes("fact", "林海", told, "谁为林华的婚事牵线？") == ["DG601"]
    notice = "前一天,省人民医院发布讣告,中国科学院院士赵明远于上海逝世。"
    assert codes("fact", "省人民医院", notice, "哪家医院发布了赵明远的讣告？") == []
    assert codes("fact", "赵明远", notice, "哪家医院发布了赵明远的讣告？") == ["DG601"]


def test_a_name_in_a_chinese_list_is_its_own_de_phrases_or_its_titles_at_its_place():
    seats = "该党在专业界别获2席,分别是教育界的孙明和工程、测量及规划界的赵岚;在地区直选取得5席。"
    assert codes("fact", "孙明", seats, "该党在教育界的议席由谁取得？") == []
    assert codes("fact", "赵岚", seats, "该党在教育界的议席由谁取得？") == ["DG601"]
    assert codes("fact", "赵岚", seats, "该党在工程、测量及规划界的议席由谁取得？") == []
    champions = "其中去年「最佳射手」、「最佳门将」何立和邓航今年均未入选。"
    assert codes("fact", "邓航", champions, "去年的「最佳门将」是谁？") == []
    assert codes("fact", "何立", champions, "去年的「最佳门将」是谁？") == ["DG601"]
    assert codes("fact", "何立", champions, "去年的「最佳射手」是谁？") == []


def test_an_english_deeds_doer_is_the_name_before_its_verb_in_the_one_clause_saying_it():
    race = ("The weather turned in the final when Lena Ortiz was penalised for a lane violation. The race was won by "
            "Mia Holt in 52.10 from Ada Kern.")
    assert codes("fact", "Lena Ortiz", race, "Who was penalised for a lane violation in the final?") == []
    assert codes("fact", "Mia Holt", race, "Who was penalised for a lane violation in the final?") == ["DG601"]
    cars = "That was the year the Corsa Mini launched to warm reviews, and buyers were queueing for the Veltra GT."
    assert codes("fact", "the Corsa Mini", cars, "Which car launched to warm reviews?") == []
    assert codes("fact", "the Veltra GT", cars, "Which car launched to warm reviews?") == ["DG601"]
    # no name before the verb (a pronoun, a common noun the answer may name later): other rules decide
    assert codes("fact", "Mia Holt", "Mia Holt led early. Then she was penalised for a lane violation.",
                 "Who was penalised for a lane violation?") == []
    assert codes("fact", "Ada Kern", "A rider had protested the result. The stewards later met Ada Kern.",
                 "Which rider protested the result?") == []


def test_a_range_answered_whole_is_bound_like_its_upper_end():
    losses = ("The siege cost the defenders about 3,000 dead. The attackers lost 8,000 to 9,000 killed and "
              "1,000 to 1,500 captured, with another 2,000 deserting.")
    assert codes("figure", "1,000 to 1,500", losses, "How many attackers were captured?") == []
    assert codes("figure", "1,000 to 1,500", losses, "How many attackers deserted?") == ["DG601"]
    assert codes("figure", "8,000 to 9,000", losses, "How many dead did the siege cost the defenders?") == ["DG601"]
    sale = ("The sale totaled $52.4 million, well within its pre-sale estimate of $40 million to $60 million, "
            "and some $2 million short of last year's record.")
    assert codes("figure", "$40 million to $60 million", sale, "What was the pre-sale estimate?") == []
    assert codes("figure", "$40 million to $60 million", sale, "What did the sale total?") == \
        codes("figure", "$60 million", sale, "What did the sale total?") != []
    # a tally or a score is one value of its own, and a range the cite does not write whole is judged as before
    assert codes("figure", "78-22", "The final vote was 78-22, after an amendment passed 93-5.",
                 "What was the final vote?") == []


def test_the_answers_direction_must_be_the_selected_items_where_other_items_share_its_number():
    crops = "其中,甲粮产量1200万吨,减产1.5%;乙粮产量800万吨,增产1.5%;丙粮产量600万吨,增产2.1%。"
    assert codes("figure", "减产1.5%", crops, "乙粮产量比上年如何变化？") == ["DG604"]
    assert codes("figure", "增产1.5%", crops, "乙粮产量比上年如何变化？") == []
    assert codes("figure", "减产1.5%", crops, "甲粮产量比上年如何变化？") == []
    assert codes("figure", "增产1.5%", crops, "甲粮产量比上年如何变化？") == ["DG604"]
    # no item told apart, or no direction word in the answer: judged as before
    assert codes("figure", "1.5%", crops, "乙粮产量比上年变化了多少？") == []


def test_a_topic_set_off_before_a_sentences_values_is_every_values():
    poll = "On the proposal to extend the school day by an hour, 58 percent favor the plan while 37 percent reject it."
    assert codes("figure", "37 percent", poll, "What share reject the proposal to extend the school day?") == []
    assert codes("figure", "58 percent", poll, "What share reject the proposal to extend the school day?") == ["DG601"]
    assert codes("figure", "58 percent", poll, "What share favor the proposal to extend the school day?") == []


def test_one_predicate_after_a_compound_subject_of_values_is_each_ones():
    survey = "Roughly six in ten nurses and about 35 percent of doctors say that they have worked a double shift this month."
    assert codes("figure", "roughly six in ten", survey, "What share of nurses say they have worked a double shift?") == []
    assert codes("figure", "about 35 percent", survey, "What share of nurses say they have worked a double shift?") == ["DG601"]
    assert codes("figure", "about 35 percent", survey, "What share of doctors say they have worked a double shift?") == []
    # each value with a verb of its own keeps its own predicate
    split = "Some 40 percent of owners renovated last year, and 25 percent of tenants say they moved."
    assert codes("figure", "25 percent", split, "What share of owners renovated last year?") == ["DG601"]


def test_a_share_of_another_group_after_compared_with_is_that_groups_not_an_earlier_periods():
    poll = ("Renters are far more likely to be worried — two-thirds of renters, compared with about one-third of "
            "homeowners — and those renters are much more likely to favor rent control.")
    assert codes("figure", "about one-third", poll, "What share of homeowners are worried?") == []
    assert codes("figure", "two-thirds", poll, "What share of homeowners are worried?") == ["DG601"]
    assert codes("figure", "two-thirds", poll, "What share of renters are worried?") == []
    # a share of a whole that a subject holds (what share of X does Y hold) still frames every value
    market = "Acme holds 34 percent of the world market, ahead of Brill on 33 percent."
    assert codes("figure", "34 percent", market, "What share of the world market does Acme hold?") == []


def test_the_group_a_chinese_question_opens_with_frames_every_value():
    # (the group's words outweigh the value's own without the rule: each is read as framing every value)
    survey = "在细分尚未决定投票对象的22%受访家长中,四成多人自称中立,其次是表示没有意见的人,只有少数支持者未表态。"
    asked = "尚未决定投票对象的受访家长中,自称中立的有多少?"
    assert codes("figure", "四成多", survey, asked) == []
    assert codes("figure", "22%", survey, asked) == ["DG601"]
