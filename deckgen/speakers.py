"""Who said what: find attributed speech in a cite and check a quote card's speaker.

A quote card is only grounded if its answer is the *subject of a speech verb*
that governs the cited words. A name that merely occurs in the cite is not
enough: it may sit in a book title (《黄仁勋:英伟达之芯》作者…表示), be an object
(王文涛会见了黄仁勋, 告诉贝壳财经记者) or be the speaker of other words in the
same cite. So the cite is parsed shallowly, with regular expressions and no
dictionary:

* quotes are paired (folding turns every style into ``"``), book titles 《…》
  are masked, and the text is cut into clauses and sentences;
* each speech verb outside quotes gets a subject: its clause, minus leading time,
  conjunction and preposition phrases, cut before the first adverbial marker
  (对…, 在…时, 也, 则 …). A clause with no subject of its own (并表示, 他表示)
  takes the speaker of an earlier attribution or clause; an earlier clause cut
  at 了 loses the verb before it too (英伟达计提了…,并表示 → 英伟达: the verb is
  taken to be the last two Chinese characters, as no dictionary is used);
* ``在他口中,…`` / ``在田丰看来,…`` attribute the words after them to the phrase
  inside;
* the words governed are what follows the verb up to the end of the sentence
  (indirect speech runs on through the paragraph), or, when the verb ends its
  sentence (``"…"田丰说。``, ``"…," Huang said.``), the quote just before it;
* a verb with 了 takes an object, not words, when what follows is one plain
  phrase: no quote and no clause break before the sentence ends
  (回应了一切涉及英伟达…的问题, 提到了英伟达最先进的CPO方案, 还提到了DeepSeek、
  Kimi…6个大模型). Such a mention attributes nothing, but its subject still
  names who a later 他 or zero subject is. (提到 + a clause without 了 is
  speech: 反复提到中国拥有大量优秀的AI人才.)
* some verbs report speech only with a clause set off after them (郭宏伟说明,… /
  蔡力行预期,…); the possessor of a speech noun speaks (levine's lawsuit said, wyeth's
  claim that …, 英伟达的声明称), as the author of a written text does (the opinion written
  by X); a name keeps its initials (justice stephen g. breyer);
* sources of figures are no speakers: data (疾管署监测资料显示 → 疾管署, with how the data
  was gathered taken off), findings (X found …) and publishers (X公布财报,…) answer
  "according to whom" / "who published", never "who said"; so do estimates and rankings (CBO
  estimates that …, Forbes listed X as …) and a publisher whose figures are set off after it
  (统计处今天公布,…); a sentence outside everyone's words that the question matches is the
  cite's own narration, said by nobody;
* what stands between a name and its verb or after an inverted name is no part of it: a date,
  an occasion (会上), a verb of delivering (传来的数据), a place (said X at a press conference in
  Seoul); a company suffix before its verb (Thomson Corp. said) ends no sentence; a frame of
  analysis (按商品类别分析,) speaks no words, and reporting a figure (X reported a deficit of …)
  is speech with a noun object;
* a transcript's label lines (a name, then "Company - Role"; "Name -- Role"; Operator) make the
  labelled person the speaker of the turn below, up to the next label, with no verb or colon;
  forecasts and estimates (根据X最新风雨预报, / X预估, / 经X测算,) credit X as a source of figures;
  a work speaks for its author (X's book, X's <title> suggested), and "X is quoted as having
  said" is X's saying;
* a name with a description running up to its verb ("…," Dr. X, director of the National Heart,
  Lung, and Blood Institute, said in a press release / told ABC News) speaks: a role-led clause
  opens the description, commas inside a title included; the medium and the hearer never speak;
* a day word (陈克勤昨称) and 如X所说 (a citation inside someone's words) are no speakers; 向 after a
  role is a surname (副主任向东介绍); 《X》显示 and 根据工作报告, make the document a source of figures;
* a signature after the words (——ROLE NAME on its own line) signs the passage above, and a bare
  quote opening a sentence in the next paragraph runs on from the last speaker.
* asked by a source marker whose name the question leaves to be filled (据哪家媒体, 根据哪个机构的
  预估, 来自哪个, 哪个机构发布的, 谁预期), the name the cite ties to that marker answers (据光明网消息,
  主计总处所发布, 央行预估,), where the question's figures lie in the marker's sentence;
* how the words were said is no part of the speaker (经常说, 回忆说, 笑着说), a dateline
  (新华社北京6月12日电) names who filed the story, and after A问B… a 他/她 who speaks is B, the one asked.

Everything works on ``fold.normalize``d text, so Traditional and Simplified
cites and the deck's aliases compare equal. The work is linear in the cite
(plus a log factor for bisection).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple
from functools import lru_cache

from .findings import Mismatch
from .fold import fold, normalize
from .patterns import compile_pattern, lazy

__all__ = ["Attribution", "attributions", "check_speaker"]


class Attribution(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """Words in a text and the subject of the speech verb that governs them.

    ``speaker`` is the subject phrase as it appears (normalized), titles and
    roles included (``快思慢想研究院院长、…创始院长田丰``); ``name`` is its head
    (``田丰``). ``implicit`` is true when the verb's clause has no subject of its
    own and ``speaker`` is the subject region of an earlier clause (Chinese zero
    subject: ``…损失,并表示…``); such a speaker is a clause fragment, so it is
    matched by containment rather than by its ending. ``data`` marks a source
    of figures rather than of words (``海关数据显示`` → ``海关``): it answers
    "according to whom", never "who said".
    """

    speaker: str
    verb: str
    words_start: int
    words_end: int
    implicit: bool = False
    data: bool = False  # a data source (海关数据显示, figures from X show): not a speaker of words
    # The data noun the source was named with (政府数据 → 数据, 此前公布的报告 → 的报告): the
    # noun phrase keeps its head, so 政府数据 and 此前公布的报告 answer "according to what".
    noun: str = ""
    # A pronoun subject (he said, 他表示): where the pronoun's clause begins, and where the
    # text's own reading of it (an earlier speaker and their words, a titled name) ends.
    # check_speaker looks between the two for a nearer mention of a deck entity, which the
    # text alone cannot name.
    pronoun_at: int = -1
    mention_at: int = 0

    @property
    def name(self) -> str:
        """The person (or body) in the subject phrase, without titles."""
        return self.speaker if self.implicit else _head(self.speaker)


# ---------------------------------------------------------------------------
# Patterns. All compiled once; every one is applied left to right over a cite
# or a short clause, so the checker stays linear in the cite length.

# Chinese speech verbs. Longer verbs come first so that 称赞 wins over 称 and
# 说道 over 说; the look-arounds drop compounds that are not speech
# (来说, 说明, 号称, 称为, 被认为 …).
_ZH_VERB_RE = compile_pattern(
    r"表示|直言|指出|(?<![被据])认为|告诉|回应|称赞|宣称|声称|宣布|透露|坦言|坦承|强调"
    # thinking or hoping with a clause set off after it (市民陈女士觉得,…; 江女士希望在将来的修订中…): the person's words
    r"|(?<=[^\W\d_a-z])(?<![不也都])觉得(?=,)|(?<=[^\W\d_a-z])(?<![不也都有的所])希望(?=在|能|继续|尽快|政府|有关)"
    r"|提到|提及|吐露|谈到|谈及|表态|呼吁|警告|感叹|重申|写道|说道|补充说|补充道|回忆说|回忆道"  # (回忆说: recalling is the saying)
    r"|(?<!自我)(?<!据)介绍(?![人信所])|(?<![已未])披露|(?<=[已未])披露(?=[,:])|证实|承认|解释|问道|答道|坦陈|直指|指称|直呼|笑言|喊话|放话"
    r"|喊出(?=\s?[\"“「『])"
    # addressing a hearer with quoted words after a colon (她在总部感谢员工:"…"): the words are said to the hearer
    r"|(?:感谢|勉励|寄语|祝贺|叮嘱|嘱咐)(?=[^,;:。!?\"]{1,12}:\s?\")"
    r"|提示(?=记者)"  # pointing out to the reporter (王青提示记者,…), not a prompt (温馨提示:)
    r"|留言(?=\s?:?\s?[\"“「『])"  # posting words as a comment (网友留言:"…"), not 留言板 or 留言数  # calling out words set in quotes (喊出「…」), not a slogan's coining (喊出口号)
    # saying with an attitude: doubting, teasing, asking back (高雷雷质疑:"…", 有媒体人如此调侃)
    r"|(?<![的到遭受被])(?:质疑|调侃|反问|追问|嘲讽|戏称)(?![声者])"
    r"|(?<![来据虽听传小游以再])说(?![明服法])"
    # 指 and 批评 said of a named subject (张超雄指政府…, 梁耀忠批评预算案…; news of Hong Kong): not 是指, 所指, 意指,
    # 手指, nor a compound (指数, 指标, 指导, 指定, 指挥, 指示 …); 遭批评, 的批评 are nouns
    r"|(?<=[^\W\d_a-z])(?<![是所意即乃系特专泛要直手食中拇示旨这此那其也均])指(?![出称数标导定挥示向引南望责明控令针纹甲头正点名日代使派教认])"
    r"|(?<![的到遭受被来])批评(?![者家声])"
    r"|(?<![号名简堪被俗人昵统对相自著总])称(?![为作号之霸职呼谓心])"
    # a relayed account closing its sentence (「…」《彭博》引述某经济学家说法。): whose 说法 it is speaks (see _relayed_account)
    r"|(?<=[^\W\d_])(?:说法|看法)(?=\s?[。;!?]|\s*\Z)"
)
# Verbs that report speech only with a clause set off after them (郭宏伟说明,… / 蔡力行预期,…):
# without the comma they explain, add or expect a thing (说明书, 补充资金, 预计增长6%). A
# demonstrative subject (这说明, 此也说明) is a thing that shows, not a person who explains; after
# a comparison or 据/经 the word is a noun (不如预期, 低于预期, 符合预期, 据分析, 经分析).
_ZH_CLAUSE_VERB_RE = compile_pattern(
    r"(?<![如于合出超过据经])(?:说明|补充|分析|提醒|预期|预计|建议|解读|回答|澄清|批评|感慨|预言|宣示|报道|报导|通报)(?=[,:])"
    # reporting as a verb (气象署报告,震央…), not a report named as a noun (作政府工作报告,)
    r"|(?<![的份篇该此这作据经月年期])(?<!工作|年度|研究|调查|分析|评估|财务|季度|统计|年终|总结)报告(?=[,:])"
    # 解读 with the figures it reads as its object, the reading set off after them (某统计师解读…统计数据,…)
    r"|(?<![如于合出超过据经的])解读(?=[^,;:。!?\"]{1,40}?(?:数据|资料|情况|报告|公报)[,:])"
)
# A clause verb after a preposition's phrase (按商品类别分析, 从地区分析, 依行业分析): the frame of
# an analysis, which nobody speaks; the words of the speaker before it run on.
# A text or person cited inside someone's words (如报告所说, 正如总书记所指出的): no speaker of its own.
_ZH_CITED_RE = lazy(r"(?:\A|[,;:\s])(?:正如|诚如|如同|如)[^,;:。!?\"]{1,20}所\Z", needs='如')
_ZH_FRAME_RE = lazy(r"按|依|从")
_SPK_ZH_AS_SAID_RE = lazy(r"(?:正如|诚如|如同|如)([^,;:。!?\"]{2,20})所", needs="如")
_ZH_THING_RE = lazy(r"(?:这|那|此)(?![位名])|(?:特别|重要|郑重|温馨|友情|补充|相关|以下)\Z")  # 特别说明: a label
# English speech verbs, in every form; ``according to`` puts the speaker after the verb.
_EN_VERB_RE = compile_pattern(
    r"\b(?:said|says|say(?=\s+that\b)|told|tells|stated|explained|explains|claimed|claims|announced|announces"
    r"|argued|argues|insisted|insists|warned|warns|noted|added|wrote|writes|commented|remarked"
    r"|reported(?=\s+(?:that|today|yesterday|on\s|(?:a|an|its|their|his|her|net|total|record)\s)|\s*[,.]"
    # (…, CNN reported from the courtroom. / …, the paper reported Monday.: where it was reported from, or when)
    r"|\s+from\s+(?:the|a|an|its|his|her|their)\s|\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    # the present closing its sentence (…, CNN reports.): as a noun it would close on an object or a determiner
    r"|reports(?=\s*\.(?:\s|\Z)))\b"
    # revealing or disclosing what is so (officials have revealed.; a review … revealed the cost had blown out)
    r"|\b(?:revealed|reveals|disclosed|discloses)(?=\s+(?:that|today|yesterday|the|a|an|its|their|his|her)\s|\s*[,.])"
    r"|\b(?:continued|continues|(?<!united )states|notes|observes|observed|remarks|comments|adds|stressed"
    r"|acknowledged|admitted|conceded|asserted|contended|declared|recalled|replied|responded|testified"
    r"|emphasized|cautioned|predicted|confirmed|suggested|tweeted)\b"
    # a written text's words "read" (…, an official communique read.; the statement reads): its noun speaks
    r"|(?:(?<=communique\s)|(?<=communiqué\s)|(?<=statement\s)|(?<=letter\s)|(?<=notice\s)|(?<=release\s))(?:read|reads)\b(?!\s+(?:by|out|aloud)\b)"
    # telling a story or drawing attention to a fact is speech too (recounts the climb, pointing out that …)
    r"|\b(?:recounts|recounted|recounting|saying|point(?:s|ed|ing)?\s+out(?!\s+of\b))\b"  # not 20 points out of 30
    # asking with the question quoted (Quinn asked the quarterback, "Is this …?"): the asker speaks, the one asked hears
    r"|\basked(?=(?:\s+[\w'.-]+){0,4}?\s*[,:]?\s*\")"
    r"|\baccording to\b|(?<=,\s)per(?=\s[a-z])"  # (…, per OverTheCap.com, behind …: per a name set off is according to it)
    # naming or crediting words (which X called a "Saudi lollipop", attributed the rise to "…"): speech
    # only when the words it names are quoted in its clause (see _EN_NAMED_QUOTE_RE)
    r"|\b(?:called|calls|calling|dubbed|dubs|termed|terms|branded|brands|described|describes|attributed|attributes)\b"
    # telling with the hearer after "with" (they share with me that …): speech only so
    r"|\b(?:shared|shares|share)(?=\s+with\s+(?:[\w'.-]+\s+){1,4}?that\b)"
    # assuring or persuading a hearer that something is so (sought to reassure investors at its meeting that …)
    r"|\b(?:re)?assur(?:e|es|ed|ing)(?=(?:\s+[^\s,;:.!?\"]+){1,10}?\s+that\b)"
)
# Forms that are also nouns or verbs of something else (the states, notes to the accounts,
# remarks at a dinner, the decline continued, the economy adds jobs, declared a dividend,
# confirmed the order): speech only next to
# quoted words (see _by_a_quote).
# A claim made in a relative clause about its antecedent (a provision …, which many Republicans say is
# unconstitutional): its subject speaks, and the words are the antecedent's clause with what is said of it.
_EN_RELATIVE_SAY_RE = lazy(r",\s(?:which|that)\s((?:[a-z][\w'-]*\s){1,4}?)(say|says|said|argue|argues|argued|claim|claims"
                           r"|claimed|contend|contends|contended|insist|insists|insisted)\s(?=(?:is|are|was|were|has|have|had|will|would)\s)",
                           needs=("which", "that"))
# A letter sent with what it asks (sent a letter to the leaders urging them to pass …): its senders speak.
_EN_LETTER_RE = lazy(r"\b(sent|wrote|signed)\s(?:a|an|the)\s(?:[a-z-]+\s)?(?:letter|petition|memo)\s(?=(?:[\w.'-]+\s){0,12}?"
                     r"(?:urging|asking|calling|demanding|requesting|saying|warning|arguing)\s)", needs=("sent", "wrote", "signed"))
# A document and who put it out (the full memo that was distributed by X): a quote of it after a colon is X's.
_EN_DOCUMENT_BY_RE = lazy(
    r"\b(?:memo|memorandum|letter|e-?mail|note|statement|message|post)\s+(?:that\s+|which\s+)?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?"
    r"(distributed|sent|written|issued|released|signed|circulated|posted|penned|authored)\s+by\s+([^,.;:!?\"]{2,60}?)(?=\s*(?:[.;:,]|\Z))",
    needs=("by",),
)
_EN_WEAK_VERBS = frozenset(
    "continued continues states notes observes observed remarks comments adds stressed acknowledged admitted"
    " conceded asserted contended declared recalled replied responded testified emphasized cautioned"
    " predicted confirmed suggested".split()
)
# A participle of speaking after a clause (she dedicated the award to him, saying …; he introduced her,
# calling her a "force"): the words are the clause's subject's, whoever its verb's object is.
_EN_PARTICIPLES = frozenset(("saying", "calling"))
_EN_FINITE_RE = lazy(r"\s(?:[a-z]+ed|won|took|gave|made|told|went|came|met|led|began|wrote|thanked|sang|spoke|brought"
                     r"|also\s[a-z]+s?)\b")
_EN_FRAME_ING_RE = lazy(r"\s(?:in|while|after|before|when|by|on)\s[a-z]+ing\b.*\Z", needs="ing")
_EN_NAMING_VERBS = frozenset("called calls calling dubbed dubs termed terms branded brands described describes attributed attributes".split())
_EN_NAMED_QUOTE_RE = lazy(r'(?:\s+[^\s,.;:!?"]+){0,12}?\s+(?:as\s+|to\s+)?"')
_EN_PASSIVE_BEFORE_RE = lazy(r"\b(?:is|are|was|were|be|been|being)\s+(?:widely\s+|often\s+|also\s+)?\Z")
_EN_WORDS_AFTER_RE = lazy(r'\s+that\b|\s*[,:]?\s*"')
_EN_VERB_END_RE = lazy(r"\s*(?:[,.;!?]|\Z)")
# Nouns of speech: their possessor is who spoke (levine's lawsuit said → levine; wyeth's claim
# that … → wyeth's words), as the author of a text is its speaker.
_EN_SPEECH_NOUNS = (
    r"(?:lawsuit|suit|complaint|claims?|statements?|arguments?|assertion|contention|allegations?|filing"
    r"|brief|letter|report|opinion|ruling|memo|testimony|remarks|comments|announcement|release|petition"
    r"|motion|appeal|dissent|view|position|warning|insistence|belief|promise|pledge)"
)
_EN_POSSESSED_SPEECH_RE = lazy(r"(.+?)'s\s+(?:\w+\s+)?" + _EN_SPEECH_NOUNS)
# A written work speaks for its author (dent's above the snow line suggested → dent): a work noun,
# or a title, which folding has lower-cased but which keeps its small words (above the snow line,
# the art of war); a role after the 's (nvidia's chief executive) is a person of its own.
_EN_POSSESSED_WORK_RE = lazy(
    r"(.+?)'s\s+(?:(?:\w+\s+)?(?:book|memoir|memoirs|novel|biography|autobiography|diary|diaries|study|paper"
    r"|article|essay|account|history|column|blog|poem|play|film|documentary)"
    r"|(?:[\w'-]+\s+){0,3}(?:the|of|a|an|above|below|beyond|under|into|to|in|on|and|from)\s+(?:[\w'-]+\s+){0,3}[\w'-]+)"
)
# The nouns of a body, one list for both readers, each marked with the readings it has: "part", a part of a larger body
# (a body after 's, the department of transportation's bureau of transportation statistics, is an office of its own,
# which speaks; not a work of the possessor: _BODY_RE); "anaphor", what a text calls a body it named before (the
# company, the ministry: _BODY_ANAPHOR_RE). (A firm's trade is no office after 's; a part named as "the board" may be
# a body other than the one before.)
_BODY_NOUNS = {
    "bureau": ("part", "anaphor"), "department": ("part", "anaphor"), "agency": ("part", "anaphor"),
    "ministry": ("part", "anaphor"), "office": ("part",), "administration": ("part",), "institute": ("part",),
    "division": ("part",), "council": ("part",), "committee": ("part",), "commission": ("part",), "service": ("part",),
    "board": ("part",), "authority": ("part",), "unit": ("part",), "subsidiary": ("part",),
    "company": ("anaphor",), "firm": ("anaphor",), "airline": ("anaphor",), "carrier": ("anaphor",), "group": ("anaphor",),
    "bank": ("anaphor",), "automaker": ("anaphor",), "carmaker": ("anaphor",), "retailer": ("anaphor",),
    "insurer": ("anaphor",), "lender": ("anaphor",), "chipmaker": ("anaphor",), "drugmaker": ("anaphor",),
    "manufacturer": ("anaphor",), "studio": ("anaphor",), "network": ("anaphor",),
    "source": ("anaphor",), "paper": ("anaphor",), "newspaper": ("anaphor",),
}


def _body_nouns(reading: str) -> str:
    """The body nouns with ``reading``, as one alternation of whole words."""
    return "|".join(n for n, readings in _BODY_NOUNS.items() if reading in readings)


_BODY_RE = lazy(rf"(?<![a-z])(?:{_body_nouns('part')})(?![a-z])")
_EN_CLAIM_THAT_RE = lazy(r"(?<=[a-z])'s\s+(" + _EN_SPEECH_NOUNS + r")\s+that\b", needs="'s")
_EN_WORDS_BEFORE_RE = lazy(r"(?:[a-z][\w.&-]*\s+){0,3}[a-z][\w.&-]*\Z")
_EN_NOT_NAME_RE = lazy(r"(?:away|off|down|up|out|over|back|aside|upon|against|into|\w+ed|\w+ing)\Z")
# 英伟达的声明称: the one whose statement speaks.
_ZH_SPEECH_NOUN_RE = lazy(
    r"的?(?:声明|公告|新闻稿|回应|信函|公开信|来信|文章|判决书?|起诉书|诉状|意见书|贴文|发文|报告|研究报告|白皮书|社论)(?:中|里|内)?\Z"
, needs=('函', '判', '告', '应', '开', '文', '明', '来', '皮', '稿', '见', '论', '诉'))
# A finding (the coalition found the elections were fair), a judgement (the FPC judged that no action was needed) or an
# estimate (CBO estimates that the deficit was …) is a source's, as data is: it answers "according to whom", never "who said". "found" is a finding only before "that" or after a
# report it is found in (In its report …, X found …); else it finds a thing (police found a car).
# (the verbs of finding a question may ask by, who estimated or judged; then those of listing and counting)
_EN_FINDING_VERBS = ("found", "finds", "concluded", "concludes", "estimates", "estimated", "projects", "projected",
                     "calculates", "calculated", "judged", "judges")
_EN_FINDING_RE = compile_pattern(
    r"\b(?:" + "|".join(_EN_FINDING_VERBS) + r"|listed|lists|ranked|ranks|identified|recorded|counted|tallied)\b"
)
# Counting cases (the department has identified 170 infections, recorded 12 deaths): a count found, only with its figure.
_SPK_EN_COUNTED_RE = lazy(r"\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?\d")
# A ranking is a finding too (Forbes magazine listed Helen Walton as the 29th richest …): only with
# its object and "as"/"among" (not listed its shares in New York).
_EN_RANKING_RE = lazy(r"\s+(?:[\w.'-]+\s+){1,4}?(?:as|among)\s")
_EN_FINDING_THAT_RE = lazy(r"\s+that\b")
_EN_REPORT_FRAME_RE = lazy(
    r"\b(?:in|according\s+to)\s+(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+)?"
    r"(?:report|study|survey|review|analysis|assessment|audit|investigation|findings)\b"
)
# Publishing figures (联发科公布第三季财报,营收为…) makes the publisher their source, as data
# does: it answers "who published" or "according to whom", not "who said". Only with a subject
# of its own (与H20发布之初不同 in another's words publishes nothing) and an object (H20于2023年
# 11月发布, is what was released); not as a modifier (公布的数据, 发布会, 发布时间), nor before a speech verb of its own
# clause (主计总处发布预测指出: 指出 governs, 发布 is an aside).
# Nor under a modal of what may or will happen (全台都有机会发布陆上台风警报, 将公布): nothing published yet.
# (… not before a noun it compounds with: 现行发布条件, 讯息发布标准 are the conditions of issuing, nobody's publishing)
_ZH_PUBLISH_RE = compile_pattern(r"(?<!机会)(?<!可能)(?<![将拟])(?:公布|发布)(?![的会时日之;。!?\s]|\Z|条件|标准|机制|规则|流程|程序|频率|渠道)")
# 政府统计处今天(7月16日)公布,…: a publisher whose figures are set off after the verb, the clause
# only a name and the time it published (not 我国GDP总量昨天人民日报已经公布, a thing published).
_ZH_PUBLISHER_RE = lazy(r"[^\d\s,;:。!?\"、]{2,16}?(?:今天|昨天|今日|昨日|日前|近日|\d{1,2}月\d{1,2}日|\d{1,2}日)?(?:\([^()]{1,20}\))?")
# Counting and estimating are a source's (疾管署统计,今年… / 海关监测,… / 气象署预估,…): as data, not speech. Not as a noun (据统计,
# 官方的统计, 完成…初步统计, 进行调查,) nor with a subject that only qualifies the count.
_ZH_COUNTED_RE = lazy(r"(?<![据的经步新方行成])(?:统计|监测|调查|预估)(?=[,:])", needs=("统计", "监测", "调查", "预估"))
# Finding by going through figures (《金融时报》记者梳理发现,…, 研究发现): the finder is a source of what it found, as a
# publisher is, never a speaker.
_SPK_ZH_FOUND_RE = lazy(r"(?:梳理|调查|研究|统计|分析|测算|监测|调研)发现", needs="发现")
_ZH_NOT_SOURCE_RE = lazy(r"初步|最新|官方|另|另据|经|按|依")
# 若依目前路径、速度预估,…: a condition the estimate rests on, not a body that made it.
_ZH_CONDITION_RE = lazy(r"若|如果|假如|倘若|要是|依|按|照|根据")
# A speech tag left inside the closing quote mark ("…occurrences, Mensa said."): the words are
# the quote up to the tag's comma, the speaker the short name before the verb.
_EN_TAG_IN_QUOTE_RE = lazy(
    r",\s+([a-z][\w.'-]*(?:\s+[a-z][\w.'-]*){0,3})\s+(said|says|added|explained|told reporters)\.?\s*\"",
    needs=("said", "says", "added", "explained", "told reporters"),
)
# Verbs of data: their subject is a source of figures only if it names data
# (海关数据显示, data from the Census Bureau show); other subjects are skipped.
_ZH_DATA_VERB_RE = compile_pattern(r"显示|表明")
_EN_DATA_VERB_RE = compile_pattern(r"\b(?:show|shows|showed|shown|indicate|indicates|indicated)\b")
# 据海关统计, / 据国家统计局数据, / 根据气象署最新风雨预报, / 经数据中心测算,: the source of the figures
# that follow (a forecast's or an estimate's figures too).
# How data was gathered (监测, 调查, 普查 …) is part of the data, not of its source's name.
_ZH_GATHERED = "监测|监控|统计|调查|普查|抽查|抽样|观测|检测|测报|追踪|通报|研究"
_ZH_PER_DATA_RE = lazy(
    r"(?:据|(?<![已曾])经)([^\s,;:。!?\"、《》]{2,20}?)的?(?:最新|初步)?(?:" + _ZH_GATHERED + r")?"
    r"(?:统计|数据|资料|测算|估算|核算|[\u3400-\u9fff]{0,2}(?:预报|预测|预估))(?=[,:])",
    needs=("统计", "数据", "资料", "测算", "估算", "核算", "预报", "预测", "预估"),
)
# 根据工作报告, / 据《政府工作报告》,: a document with no owner named is itself the source of the figures
# that follow.
_ZH_PER_DOCUMENT_RE = lazy(
    r"据(《[^》]{1,30}》|(?:政府)?工作报告|[^\s,;:。!?\"、《》]{0,8}?(?:白皮书|公报|纲要))(?=[,:])", needs="据"
)
# A work named in 《》 before 显示 (《政府工作报告》显示) is itself the source of the figures.
_ZH_WORK_RE = lazy(r"《[^》]{1,30}》")
# Media relaying another's figures (新华社…引述甘肃省新闻办公室的最新资料显示): the source is the one quoted.
_ZH_RELAY_RE = lazy(r".*(?:引述|引用|援引|转引)")
# An account (说法, 看法) closing a sentence is speech only as what a relay cites (媒体引述某人说法): its owner speaks, the
# relaying medium does not; elsewhere (这是他的说法) it is a noun.
_ACCOUNT_NOUNS = frozenset({"说法", "看法"})


def _relayed_account(before: str, speaker: str) -> str:
    """The owner of the account a relay cites (…引述X的说法: X), or "" where no relay verb stands before it."""
    if not _ZH_RELAY_RE.match(before):
        return ""
    owner = _ZH_RELAY_RE.sub("", speaker).strip(' ,"')
    return owner[:-1] if owner.endswith("的") else owner
# A header line of fields, each a short label and its value (类别:财经 发布时间:2024-01-27 11:15:00 ): what a source label
# closing it labels is the text after the line.
_SPK_FIELD_LINE_RE = lazy(r"(?:\s*[^\s:,;。]{1,6}\s?:\s?[^\s:,;。]{1,20}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?)+\s*", needs=":")
# A source label (来源: 国家统计局, source: census bureau): a source of figures, never a speaker.
_SOURCE_LABEL_RE = lazy(r"(?:来源|\bsource)\s*:\s*([^\s,;。!?\"、:()]{2,30}(?: [a-z][^\s,;.!?\":()]*){0,5})", needs=("来源", "source"))
# What names data in a subject, and the source left once it is taken away.
# 疾管署监测资料显示 → 疾管署: how the data was gathered goes with the data.
_ZH_DATA_NOUN_RE = lazy(
    r"的?(?:最新|官方|公开|初步)?(?:(?:" + _ZH_GATHERED + r")的?)?(?:统计数据|统计|数据库|数据|资料|数字|报告|调查|预测)\Z"
)
# Figures themselves as the subject of a verb of saying (测报资料指出, 统计数据表示): data, whose source is before them.
_SPK_ZH_DATA_SUBJECT_RE = lazy(r"的?(?:最新|官方|初步)?(?:(?:" + _ZH_GATHERED + r")的?)?(?:统计数据|数据|资料)\Z")
_EN_DATA_FROM_RE = lazy(
    r"(?:the\s+)?(?:latest\s+|new\s+|official\s+|government\s+|preliminary\s+)?"
    r"(?:surveillance\s+|survey\s+|monitoring\s+|census\s+)?(?:data|figures|statistics|numbers)"
    r"\s+(?:for\s+(?:\d{4}|the\s+[a-z]+)\s+)?"  # (the latest data for 2019 from X: the period the data cover)
    r"(?:from|released by|published by|compiled by|by)\s+"
)
_EN_DATA_OF_RE = lazy(
    r"(?:'s|(?<=s)')?\s+(?:latest\s+|new\s+|official\s+|preliminary\s+)?(?:surveillance\s+|survey\s+|monitoring\s+|census\s+)?"
    r"(?:data|figures|statistics|numbers|report|survey|calculations?|estimates?|tally)\Z"  # (reuters' calculations)
)
# A question about where a statement or a figure comes from, not who spoke:
# it accepts a data source as well as a speaker.
_SOURCE_QUESTION_RE = compile_pattern(
    r"according to|\bsource|\bdata\b|\bfigures\b|\bstatistics\b|\bfound\b|\bfindings?\b|\bpublish|\breleased?\b"
    r"|据哪|据谁|据什么|根据|依据|来源|出处|出自|数据|统计|资料|引述|公布|发布|预估|测算"
)
# Words after an English verb that still leave it at the end of its sentence:
# "…, the bureau reported today." / "…," Huang said on Friday.
_EN_AFTER_VERB_RE = lazy(
    r"(?:\s+(?:today|yesterday|tonight|earlier|(?:(?:on|late|early|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"  # (…, Cal Fire said Saturday night.)
    r"|this\s+(?:week|month|morning|afternoon|evening)|last\s+(?:week|month|night)"
    # the medium the words are said in, with its determiner and a few words before its noun (says in his annual
    # spring report the …): the words follow it
    r"|in\s+(?:a|an|the|his|her|its|their|our)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:statement|release|report|interview|briefing|letter|speech|testimony|filing|memo|column|post|email)))+"
)
# 在他口中, 在田丰看来: "in his words / in Tian Feng's view", the words follow.
_ZH_MOUTH_RE = compile_pattern(
    r"在([^\s,;:。!?\"、《》]{1,20}?)的?(?:口中|看来)"
    # 据《21世纪经济报道》的描述, / 据X介绍,: an account credited to X, whose words follow
    r"|据((?:《[^》]{1,30}》|[^\s,;:。!?\"、《》]{2,20}?))的?(?:描述|描写|介绍|说法|讲述|回忆|报道|报导|透露)(?=[,:])"
)
# Verbs that take a hearer before the words: 告诉贝壳财经记者, told reporters.
_TELL = frozenset({"告诉", "提示", "感谢", "勉励", "寄语", "祝贺", "叮嘱", "嘱咐", "told", "tells", "share", "shares", "shared", "asked"})
# 回应称, 透露说: a second speech morpheme that belongs to the verb.
_VERB_TAIL = frozenset("称说道")
_NAMED_ONLY_VERBS = frozenset(("指", "批评"))  # speech only with a subject named before them (张超雄指…)
# 英伟达的回应也是"…": the nominal form of a reply.
# A clause opening with a connective of going on (并说, 还表示, 同时指出): the same speaker says more.
_ZH_GOES_ON_RE = lazy(r"\s*(?:并且|并|还|又|同时|另|也)(?=[^\W\d_a-z])")
_NOMINAL_AFTER_RE = compile_pattern(r"(?:也|则|就|都|仍|依然|还)?是")
# A manner phrase led by a degree adverb and closed by 的 written for 地 (很有信心的指出, 十分肯定的表示), before a verb whose
# words follow it after a comma, colon or quote: the verb's adverbial, not a possessor making it a noun.
_ZH_MANNER_DE_RE = lazy(r"(?:很|非常|十分|相当|颇为|颇|极为|特别)[^\W\d_a-z]{1,6}的\Z", needs=("很", "非常", "十分", "相当", "颇", "极为", "特别"))

# Clause-initial material that is not the subject: dates, connectives,
# prepositions whose object is the subject (针对美方有关官员表示 → 美方有关官员),
# and a leading 在…上/时 adverbial.
_ZH_LEAD_RE = compile_pattern(
    r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上午|下午|晚间|早间)?|\d{4}年"
    r"|今年|去年|明年|当天|当日|同日|次日|今天|昨天|前天|今日|昨日|周[一二三四五六日]|星期[一二三四五六日天]|此前|日前|近日|随后|此后|此次|这次|目前|如今|当时"
    r"|同时|此外|另外|而且|并且|但是|不过|因此|所以|对此|其中|甚至|可谓|即便|即使"
    r"|针对|根据|对于|关于|按照|据|而|但|并|且|也|还|又|更|则|就|亦|另"
    r"|除了?"  # 除…外: the one excepted still speaks (除被判6年的万大雪表示…外)
    r"|曾?有(?![关限意些所效的])(?=[^\W\d_a-z]{2})"  # 有媒体人如此调侃, 曾有家属表示: "there was one who"
    r"|在.{2,20}?(?:上|中|时|里|后|前|期间)"
    r"|〔[^〕]{0,30}〕|【[^】]{0,30}】"  # a dateline: 〔记者卓怡君/台北报导〕
    r"|[^\s\d,;:。!?\"]{2,12}?\s?(?:\d{4}年)?\d{1,2}月\d{1,2}日电"  # a dateline: 新华社北京6月12日电 (who filed it)
)
# The first of these ends the subject: adverbials (对…, 在…时, 也, 罕见 …) sit
# between subject and verb, and an aspect particle or clause connective means
# the "subject" is really a predicate clause (王文涛会见了黄仁勋并表示).
_ZH_CUT_RE = compile_pattern(
    r"(?P<pred>了|过(?![程去])|着(?![名手重])|并|而|但)"
    r"|对(?![象手方外])|向(?!来)|在|跟|(?<!参)与(?!会)|接受|被(?!告)|也|还|则|就|又|曾|已"
    r"|再次|再度|罕见|直接|公开|明确|反复|多次|一再|首次|随后|近日|日前|此前|此次"
    r"|经常|常常|时常|总是|往往"  # how often: 其为经常说
    r"|亦|均|更|不吝|如此|这样|这么"  # manner: 有媒体人如此调侃
    r"|进一步|特别(?!行政|委员|法庭|代表|顾问|助理)|随即|最后|当场|特地|首先|接着|严正|正式(?!员)|强烈"
    r"|(?<=[^\W\d_a-z]{2})分析(?=认为|指出|表示|称|说|\Z)"
    r"|(?<=[^\W\d_a-z]{2})留言(?=称|说|表示|指出|\Z)"  # the medium of saying: 网友留言称赞 is 网友's saying  # the manner of saying: 张大伟分析认为 is 张大伟's saying, not 张大伟分析's
)
# What stands between a speaker and the speech verb without being part of the name: a date
# (主计总处27日), a time word (昨天, 今日), or a verb phrase of publishing or an occasion
# (发布预测指出, 召开记者会表示, 通过官网表示). The speaker is what comes before the first.
_ZH_ASIDE_RE = compile_pattern(
    r"\d{4}年|\d{1,2}月|\d{1,2}[日号]|今天|昨天|前天|今日|昨日|前日|当天|当日|今早|今晨|昨晚|今晚"
    r"|稍早|稍后|本周|上周|上午|下午|晚间|早间|周[一二三四五六日]|星期[一二三四五六日天]"
    r"|(?:清晨|凌晨|早上|上午|中午|下午|傍晚|晚上|深夜)?\d{1,2}:\d{2}|清晨|凌晨|傍晚|深夜"  # a clock time: 清晨5:30发布…指出
    r"|(?<!社)会上|会后|席间"  # an occasion: 国家统计局会上通报
    r"|传来|发来|提供"  # delivering figures: 西安卫星测控中心传来的数据
    r"|发布(?!会)|公布|发表(?!会)|召开|举行|举办|出席|发文|撰文|致函|致信|受访|透过|通过|藉由|借由"
    r"|解读(?!员|人)"  # reading figures: 王明华解读粮食生产情况表示, 侯锐解读数据时指出 (the reader speaks)
    r"|(?:质询|答询|发言|致词|致辞|演讲|讲话|座谈|视察|答复|回答|问政)时"  # an occasion: 立委赖士葆质询时指出
)
# A verb before 了 that ends a subject region: 英伟达计提了 → 英伟达. Without a
# dictionary the verb is taken to be the last two Chinese characters (news
# verbs before 了 are mostly two: 计提, 会见, 推出, 拿到).
_VERB_BEFORE_LE_RE = lazy(r"[\u3400-\u9fff]{1,2}\Z")
# Punctuation that makes the words after 回应了/提到了 more than a noun phrase.
_CLAUSE_INSIDE_RE = lazy(r'[,;:—"]', needs=(',', ';', ':', '—', '"'))
# (a relative before a pronoun subject, "her uncle, who she said taught her": the pronoun speaks)
_EN_SET_OFF_ADVERB_RE = lazy(r"however|though|meanwhile|too|also|instead|nonetheless|nevertheless|moreover|furthermore|in\sturn"
                             r"|for\s(?:its|his|her|their)\spart|by\scontrast|in\scontrast|in\sresponse|separately")
_EN_LEAD_RE = lazy(r"(?:and|but|so|then|meanwhile|however|also|while|as|(?:who|whom|which|that)(?=\s+(?:he|she|they|we|i)\b))\b\s*")
_EN_TRAIL_RE = lazy(
    r"\s*\b(?:also|has|had|have|later|recently|previously|once|then|publicly|reportedly"
    r"|repeatedly|earlier|again|further|simply|flatly|bluntly|who|would|will|today|yesterday|tonight|now"
    r"|even|still|finally|ultimately|openly"  # (shkreli's own lawyer had even admitted)
    # a time between the subject and its verb: "the commission on wednesday evening said"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:this|last)\s+(?:morning|afternoon|evening|night|week|month|year)"
    # a passive frame of report: "X is quoted as having said" is X's saying
    r"|(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:quoted|reported)(?:\s+as)?(?:\s+having)?"
    # the auxiliary of a progressive verb is the verb's, not the subject's: "samsung is saying", "he was telling"
    r"|is|are|was|were"
    # an attempt or wish before the verb is the verb's (sought to reassure, tried to explain)
    r"|(?:sought|seeks|seek|tried|tries|try|attempted|attempts|wanted|wants|hoped|hopes|moved|moves)\s+to"
    # an adverb set off after the subject (a Ford spokesperson, however, told): no part of the name
    r"|,\s(?:however|though|meanwhile|instead|nonetheless|nevertheless|moreover|furthermore|in\sturn|separately))$"
)
# The hearer of an assurance up to its "that" (reassured investors at the meeting that …).
_EN_ASSURED_RE = lazy(r"(?:\s+[^\s,;:.!?\"]+){1,10}?\s+that\b")
# A bracket after a name belongs to the name (Dean Foods Company (NYSE: DF), 主计总处(dgbas)): it
# neither ends a clause nor is part of the speaker's name. Short, unnested and on one line.
_BRACKET_RE = compile_pattern(r"\s*\([^()\n]{1,60}\)")
# Titles and roles that come before a name: the head is what follows the last.
_ROLE_RE = compile_pattern(
    r"院长|作者|发言人|部长|董事长|创始人|首席执行官|执行官|执行长|总裁|主席|教授|总经理|经理|总监"
    r"|负责人|分析师|研究员|主任|局长|书记|合伙人|高管|官员|专家|代表|会长|理事长|所长|行长"
    r"|主编|科学家|工程师|署长|司长|厅长|处长|博士|先生|女士"
    r"|(?<![a-z])(?:ceo|cto|cfo|coo|founder|president|chair(?:man|woman)?|analyst|author"
    r"|spokes(?:person|man|woman)|executive|director|professor|editor|minister|officer|chief"
    r"|secretary|economist|governor|manager|commissioner|ambassador|senator|head)(?![a-z])"
)
# Titles that follow a name (张忠谋董事长, 刘德音博士) or a surname (张董事长);
# group nouns (官员, 高管, 专家) do not.
_ADDRESS_RE = compile_pattern(
    r"董事长|总裁|主席|教授|博士|先生|女士|部长|院长|署长|局长|行长|总经理|经理|总监|主任|书记"
    r"|会长|理事长|所长|司长|厅长|处长|执行长"
)
# An English subject that is only a role ("unifirst president and chief executive
# officer", "the finance chief"): the name, if any, is in the clause before it.
_EN_ROLE_END_RE = lazy(
    r"(?<![a-z])(?:ceo|cto|cfo|coo|founder|president|chair(?:man|woman)?|analyst|spokes(?:person|man|woman)"
    r"|executive|director|professor|editor|minister|officer|chief|secretary|economist|governor"
    r"|manager|commissioner|ambassador|senator|head)\Z"
)
# Several speakers joined: "the census bureau and the bureau of economic analysis
# announced", 海关总署和商务部表示: each is a speaker of the words.
# (和/与/及 only between Chinese characters, one before and two after: tested in
# _conjunct_parts, as the class [\u4e00-\u9fff] costs a millisecond to compile.)
_CONJUNCT_RE = lazy(r"\s+and\s+|[和与及]", needs=('and', '与', '及', '和'))
# A surname with a title or honorific: 张董事长, mr. croatti.
_EN_HONORIFIC_RE = compile_pattern(r"(?:mr|mrs|ms|dr|prof)\.?\s+")
_APPOSITIVE_RE = lazy(r"(?:the|a|an|its|his|her)\s|\S+'s\s")
_PRONOUNS = frozenset(
    {"他", "她", "他们", "她们", "其", "它", "它们", "he", "she", "they", "it", "we"}
)
# A person named after a title ("kentucky gov. andy beshear", "president joe biden"): up to
# three words, cut at the first that cannot be part of a name (_NAME_STOP). Text is lower
# case, so a name is told only by what comes before it.
_EN_TITLED_RE = compile_pattern(
    r"\b(?:gov|sen|rep|gen|dr|mr|mrs|ms|prof|pres|lt|col|capt|sgt|adm)\.\s+"
    r"|\b(?:governor|senator|president|premier|minister|secretary|chairman|chairwoman|ceo|cfo"
    r"|spokesperson|spokesman|spokeswoman|mayor|sheriff|director|commissioner|ambassador|chancellor"
    r"|economist|analyst|judge)\s+"
)
_NAME_WORDS_RE = lazy(r"(?:[a-z][\w'-]*\.?)(?:\s+[a-z][\w'-]*\.?){0,2}")
_NAME_STOP = frozenset(
    "a an the of in on at for to by from with and or but as that who which when while this these"
    " its his her their our is was are were has had have will would said says told on monday tuesday"
    " wednesday thursday friday saturday sunday today yesterday also".split()
)
# Between a closing quote and the clause that attributes it: "…"7月18日,一位…
_GAP_RE = compile_pattern(
    r"[\s,]*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|今天|昨天|当天|当日|随后)?[\s,]*"
)
# A name after its verb keeps its initials and abbreviations (justice stephen g. breyer, john g.
# roberts jr.): such a period ends no name, as it ends no sentence (_full_stop).
_NAME_ABBREVIATIONS = "jr|sr|dr|mr|ms|st"
# Titles abbreviated before a name (said Sen. Amy Klobuchar, Rep. Gwen Moore): their period ends no name. A lookbehind
# takes words of one length, so one per length.
_TITLE_ABBREVIATIONS = ("sen|rep|gov|mrs|gen|col", "prof|capt|sens|reps")
_EN_NAME_CHAR = (r'(?:[^,.;:!?"]|(?<=[^a-z][a-z])\.|\.(?=(?:com|org|net|gov|edu)\b)|(?<=\b(?:' + _NAME_ABBREVIATIONS + r'))\.'
                 + "".join(r"|(?<=\b(?:" + t + r"))\." for t in _TITLE_ABBREVIATIONS) + ")")
_EN_NAME_END = (r'(?:[,;:!?"]|(?<![^a-z][a-z])(?<!\b(?:' + _NAME_ABBREVIATIONS + r'))'
                + "".join(r"(?<!\b(?:" + t + r"))" for t in _TITLE_ABBREVIATIONS) + r'\.(?!(?:com|org|net|gov|edu)\b))')  # (a site: overthecap.com)
# The passive: "the stance announced by the committee" — the agent after "by" spoke, up to a
# phrase of time, place or manner; "a statement issued by X" is X's.
_EN_AGENT_RE = lazy(
    r"\s+by\s+(" + _EN_NAME_CHAR + r"{1,80}?)(?=\s+(?:in|on|at|during|with|for|to|that|which|who|as|after|before)\b|"
    + _EN_NAME_END + r"|\Z)"
)
# A participle of citing takes any object, a bare plural too ("citing estimates from the bank", "pointing to
# reports"): set off by commas it is an aside, and its object is a noun, never a verb of saying.
_EN_CITING_PARTICIPLE = r"(?:citing|quoting|echoing|invoking|referencing|(?:pointing|referring|alluding)\s+to)"
# A participle phrase between a subject and its verb: "writing for the dissent", "speaking at a
# news conference", "asked about the delay", "citing the figures".
_EN_ASIDE_RE = lazy(
    r"(?:(?:[a-z]{2,}ing|asked|pressed|interviewed|quoted)\s+(?:for|at|on|in|to|about|with|from|after|before|during"
    r"|by|the|a|an|his|her|their|its|reporters|whether)\b|" + _EN_CITING_PARTICIPLE + r"\s+[a-z])"
)
_EN_CITED_OBJECT_RE = lazy(r"(?<![a-z])" + _EN_CITING_PARTICIPLE + r"(?:\s+[\w'-]+){0,3}\s+\Z")
_EN_RELATIVE_ASIDE_RE = lazy(r"(?:which|who)\s+[a-z]", needs=("which", "who"))
_EN_AUTHOR_CLAUSE_RE = lazy(r"\s*(?:issued|released|published|written|signed|authored|posted)\s+by\s+([^,;:!?\"]{2,80}?)\s*")
_EN_ISSUED_BY_RE = lazy(
    r"\b(?:issued|released|published|made|announced|given|signed|delivered|written|posted|sent)\s+by\s+(.+)\Z"
)
# 该决定由国家统计局宣布: the agent of a passive 由 (not 由于, 理由, 自由 …).
_ZH_AGENT_RE = lazy(r"(?<![自理缘事经])由(?![于此衷来])(.{2,})\Z", needs='由')
_EN_PREPOSITION_RE = lazy(r"\s*(?:at(?!\s+(?:least|most)\b)|on|in|for|during|via|through|after|before|from|while|over)\s")
_EN_THAT_RE = lazy(r"\bthat\b")
_EN_OBJECT_RE = lazy(r"\s*(?:(?:the|a|an|his|her|their|its|our)\s+)?[\w'-]+")
# The hearer of "told": up to "that" or a comma when they come soon
# ("told reporter wang lei that"), else one word ("told reporters").
_EN_HEARER_END_RE = lazy(r"(?:\s+[\w'.&-]+){1,5}?(?=\s*[.;!?](?:\s|\Z)|\s*\Z)")  # told ABC News.
_EN_HEARER_RE = lazy(r"(?:\s+[\w'.-]+){1,5}?(?=\s+that\b|,)")
# A hearer closed by a dash (sources told the Wall Street Journal—a spokesperson, however, …): the telling ends there.
_EN_HEARER_DASH_RE = lazy(r"(?:\s+[\w'.&-]+){1,5}?(?=\s?[—–])")
_EN_INVERTED_RE = lazy(r"\s+(" + _EN_NAME_CHAR + r"{1,120})")  # (a long title before the name: said senior … auctioneer Oliver Barker)
# A titled person's place set off after the name (said Sen. Amy Klobuchar of Minnesota): the name ends before it.
_TITLED_PLACE_RE = lazy(r"(?:sen|rep|gov|mr|mrs|ms|dr|prof|gen)s?\.\s[^,]+?(\sof\s[a-z.\s-]+)\Z")
_WORDS_LEAD_RE = compile_pattern(r"[\s,:]*(?:了|that\b)?[\s,:]*")
_QUESTION_QUOTE_RE = lazy(r'"([^"]+)"')
_NON_WORD_RE = lazy(r"[\W_]+")
_SEGMENT_RE = compile_pattern(r"、|,\s*")
_NAME_DOTS = dict.fromkeys(map(ord, "·・•‧"))  # str.translate deletes them: no class to compile

# A subject phrase is short; looking further back would make long unpunctuated
# text quadratic.
_MAX_SUBJECT = 80

# Below this share of the question's bigrams the question does not point at any
# attribution's words, and every attribution stays a candidate.
_MIN_OVERLAP = 0.3

# A sentence outside everyone's words that matches the question this well, and this much
# better than any attribution's words, is what the question asks about: nobody said it.
_NARRATION_OVERLAP = 0.7
_NARRATION_MARGIN = 0.3

_TERMINATORS = "。!?"
_CLAUSE_PUNCT = ",;:—。!?"
_BOUND_CANDIDATE_RE = compile_pattern("[" + re.escape(_CLAUSE_PUNCT + ". ") + "]")  # what _layout looks at
_QUOTE_MARK_RE = compile_pattern('"')
_QUOTE_ENDS = "。!?.,;"  # content ending so means the quote is an utterance


def _is_zh(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _conjunct_parts(text: str) -> list[str]:
    """The parts of ``text`` between its conjunctions (see _CONJUNCT_RE); none if it has none."""
    parts, last = [], 0
    for m in _CONJUNCT_RE.finditer(text):
        a, b = m.span()
        if b - a == 1 and not (0 < a and b + 1 < len(text) and _is_zh(text[a - 1]) and _is_zh(text[b]) and _is_zh(text[b + 1])):
            continue  # 和/与/及 not between Chinese characters
        parts.append(text[last:a])
        last = b
    if not parts:
        return []
    parts.append(text[last:])
    return parts


def _is_cjk(c: str) -> bool:
    return c >= "\u2e80"


_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "st", "prof", "gen", "sen", "rep", "gov", "vs", "no", "capt", "col", "lt", "sgt"})
# A company's suffix (Thomson Corp. said …) ends a sentence only when a sentence can begin after
# it: before its own verb or a conjunction it is part of the name.
_COMPANY_SUFFIXES = frozenset({"corp", "inc", "co", "ltd", "plc", "cos", "bros", "llc"})
# A month's abbreviation before a day's figure (ended nov. 30, on sept. 8) ends no sentence.
_SPK_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_COMPANY_SUFFIX_RE = lazy(r",?\s+(?:corp|inc|co|ltd|plc|llc|corporation|incorporated|company|limited)\.?\Z")
_NAME_GOES_ON_RE = lazy(r"(?:and|or|has|had|have|is|was|were|will|would|could|also|today|yesterday)\b")


def _full_stop(text: str, i: int) -> bool:
    """Whether the "." at ``i`` ends a sentence: not in a number, an initial (ronald d.
    croatti, u.s.) or a title (mr.)."""
    if not (i + 1 == len(text) or text[i + 1] in ' "'):
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if j > 1 and text[j - 1] == "'" and text[j - 2].isalpha():
        return True  # a possessive (like levine's.), not an initial
    if word in _COMPANY_SUFFIXES:
        # (a bracket after the suffix is the name's: pfizer inc. (nyse: pfe) and biontech; moderna, inc. (nasdaq: mrna), a …)
        ticker = _BRACKET_RE.match(text, i + 1)
        k = ticker.end() if ticker else i + 1
        if ticker and text.startswith(",", k):
            return False
        k += 1 if text.startswith(" ", k) else 0
        if _EN_VERB_RE.match(text, k) or _NAME_GOES_ON_RE.match(text, k):
            return False
    if word in _SPK_MONTH_ABBREVIATIONS and text[i + 2 : i + 3].isdigit():
        return False
    return not (len(word) == 1 or word in _ABBREVIATIONS)


# ---------------------------------------------------------------------------
# Layout of a text: quotes, book titles, clause and sentence boundaries.


class _Layout(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """Where a text's quotes, titles, clauses and sentences are, found in one pass."""

    text: str
    opens: dict[int, int]  # opener index -> closer index (closer may be len(text))
    closes: list[int]  # closer indices, ascending
    close_open: dict[int, int]  # closer index -> opener index (-1: before the text)
    hidden: bytearray  # 1 inside a quote or a book title
    in_book: bytearray  # 1 inside 《…》
    clause_bounds: list[int]  # ascending indices of clause-ending characters
    sentence_ends: list[int]  # ascending indices of sentence-ending characters

    def clause_start(self, pos: int) -> int:
        k = bisect.bisect_left(self.clause_bounds, pos)
        return self.clause_bounds[k - 1] + 1 if k else 0

    def sentence_end(self, pos: int) -> int:
        k = bisect.bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[k] if k < len(self.sentence_ends) else len(self.text)

    def sentence_start(self, pos: int) -> int:
        k = bisect.bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[k - 1] + 1 if k else 0


def _opens_shaped(text: str, i: int) -> bool:
    """A quote mark shaped as an opener: a space (or the text's start, or a colon) before it, a word after it."""
    return (i == 0 or text[i - 1] in " (:") and i + 1 < len(text) and text[i + 1].isalnum()


def _drop_continued_paragraphs(text: str, pos: list[int]) -> list[int]:
    """A quote running over paragraphs opens each with a quotation mark and closes only the last
    (X said: "… chapter. "We see … "We will …."): a mark after a sentence's end that opens where a quote
    is already open (the mark before it opened one too, no closer between) continues that quote."""
    if len(pos) < 3:
        return pos
    kept: list[int] = []
    opened = False  # the last kept mark opened a quote
    for i in pos:
        shaped = _opens_shaped(text, i)
        if opened and shaped and i >= 2 and text[i - 1] == " " and text[i - 2] in ".!?":
            continue
        kept.append(i)
        opened = shaped
    return kept


def _pair_quotes(text: str) -> list[tuple[int, int]]:
    """Pair ASCII double quotes, guessing which side a cite cut a quote on.

    Folding makes opening and closing quotes the same character, so they are
    paired in order. With an odd count the cite starts or ends inside a quote: a
    first quote right after 。/!/?/. (or an English ``," said``) closes a quote
    begun before the cite; otherwise the last quote opens one that runs past
    the cite's end.
    """
    n = len(text)
    pos = _drop_continued_paragraphs(text, [m.start() for m in _QUOTE_MARK_RE.finditer(text)])
    pairs: list[tuple[int, int]] = []
    reopened = _reopened_quotes(text, pos)
    if reopened is not None:
        return reopened
    if len(pos) % 2:
        first = pos[0]
        before = text[first - 1] if first else ""
        after = text[first + 1] if first + 1 < n else " "
        if before and (before in "。!?.;" or (before == "," and after == " ")):
            pairs.append((-1, first))
            pos = pos[1:]
        else:
            pairs.append((pos[-1], n))
            pos = pos[:-1]
    pairs.extend(zip(pos[::2], pos[1::2]))
    pairs.sort()
    return pairs


def _reopened_quotes(text: str, pos: list[int]) -> list[tuple[int, int]] | None:
    """English quotes that run over paragraphs: each paragraph of the quote opens with a quote mark and only the last
    closes (said: "The observations … clear. "Had the 2023 value … record. "While … tumbling."). Read by their sides
    (an opening mark after a space or a colon and before a letter, a closing one after a letter or a stop and before a
    space or the end), an opening mark after a sentence's stop while a quote is open goes on the same quote: the open one
    ends at that stop. None where a mark's side cannot be read, or no quote is reopened so."""
    n, sides = len(text), []
    for p in pos:
        before = text[p - 1] if p else " "
        after = text[p + 1] if p + 1 < n else " "
        opening = before in " (:" and (after.isalnum() or not after.isascii())
        closing = (before.isalnum() or before in ".,!?;:") and before != ":" and after in " ,.;:)!?" if p + 1 < n else \
            before != " "
        if opening == closing:
            return None
        sides.append(opening)
    pairs: list[tuple[int, int]] = []
    start, reopened = None, False
    for p, opening in zip(pos, sides):
        if opening:
            if start is not None:
                stop = p - 1
                while stop > start and text[stop] == " ":
                    stop -= 1
                if text[stop] not in ".!?":
                    return None  # (an opening mark inside an open quote that no stop ends: no paragraph's start)
                pairs.append((start, stop + 1))
                reopened = True
            start = p
        else:
            if start is None:
                return None
            pairs.append((start, p))
            start = None
    if start is not None:
        pairs.append((start, n))
    return pairs if reopened else None


def _paragraph_break(text: str, i: int) -> bool:
    """A space between CJK text: where folding joined two lines or paragraphs."""
    if i == 0 or i + 1 >= len(text):
        return False
    before, after = text[i - 1], text[i + 1]
    return (_is_cjk(before) or before == '"') and (_is_cjk(after) or after in '"《')


@lru_cache(maxsize=256)  # (read three times a card: speech with and without the question's verb, narration)
def _layout(text: str) -> _Layout:
    n = len(text)
    pairs = _pair_quotes(text)
    hidden = bytearray(n)
    in_book = bytearray(n)
    for o, c in pairs:
        hidden[o + 1 : c] = b"\x01" * (c - o - 1)
    if "《" in text:
        depth = 0
        for i, ch in enumerate(text):
            if ch == "《":
                depth += 1
            elif ch == "》" and depth:
                depth -= 1
                continue
            if depth:
                in_book[i] = 1
                hidden[i] = 1
    bracketed = bytearray(n)  # punctuation inside a bracket (nyse: df) bounds no clause
    if "(" in text:
        for m in _BRACKET_RE.finditer(text):
            bracketed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    clause_bounds: list[int] = []
    sentence_ends: list[int] = []
    # Only punctuation and spaces can bound a clause: visit those, not every character.
    for m in _BOUND_CANDIDATE_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if hidden[i] or bracketed[i]:
            continue
        if ch in ",:" and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue  # 1,000 and a clock time (清晨5:30) go on
        if ch == "." and not _full_stop(text, i):
            continue
        if ch in _CLAUSE_PUNCT or ch == ".":
            clause_bounds.append(i)
            if ch in _TERMINATORS or ch == ".":
                sentence_ends.append(i)
        elif ch == " " and _paragraph_break(text, i):
            clause_bounds.append(i)
            sentence_ends.append(i)
    opens: dict[int, int] = {}
    close_open: dict[int, int] = {}
    for o, c in pairs:
        content_end = text[c - 1] if c - 1 > o else ""
        utterance = content_end in _QUOTE_ENDS or o <= 0 or text[o - 1] in _CLAUSE_PUNCT + ' "'
        if o >= 0:
            opens[o] = c
            if utterance:
                clause_bounds.append(o)
        if c < n:
            close_open[c] = o
            if utterance:
                clause_bounds.append(c)
            if content_end and content_end in _TERMINATORS + ".":
                sentence_ends.append(c)
    clause_bounds.sort()
    sentence_ends.sort()
    return _Layout(
        text, opens, sorted(close_open), close_open, hidden, in_book, clause_bounds, sentence_ends
    )


def _mask_books(s: str) -> str:
    """Blank the inside of 《…》 so names in a title never count as a speaker."""
    if "《" not in s:
        return s
    out, depth = [], 0
    for ch in s:
        if ch == "》" and depth:
            depth -= 1
        out.append("□" if depth else ch)
        if ch == "《":
            depth += 1
    return "".join(out)


# ---------------------------------------------------------------------------
# Subjects.


# A cut marker that is also a surname (向) after a role, with one or two characters of given
# name up to the verb: ROLE + NAME (副主任向东介绍 → 向东), unless what follows is a hearer
# (部长向记者介绍); opening the clause, only with one character (向东表示, not 向公司表示).
_SURNAME_MARKER_RE = lazy(
    r"向(?![他她它你我您其各全本该此诸大外])(?!记者|媒体|会议|公众|社会|市场|民众)(?![^\W\d_a-z][方国者们界众会])[^\W\d_a-z]{1,2}", needs='向'
)
_SURNAME_ZENG_RE = lazy(r"曾(?![经任在于对向与被是多])[^\W\d_a-z]{2}(?=在|对|向|也|还|则|就|又|已|亦|\Z)", needs="曾")
_ROLE_END_ZH_RE = lazy("(?:" + _ROLE_RE.pattern + r")\Z")


def _zh_region(clause: str, aside: bool = True) -> tuple[str, bool]:
    """Subject region of a Chinese clause that ends before its verb.

    Returns ``(region, predicate)``; ``predicate`` is true when the region was
    cut at an aspect particle or connective, i.e. it is a clause, not a noun.
    Cut at 了, the verb before it goes too (英伟达计提了 → 英伟达). With ``aside``, a
    date, time word or verb phrase before the verb is cut off too (see _cut_aside); a data
    source keeps it until its data noun is taken off (海关总署7日发布的数据 → 海关总署).
    """
    s = _BRACKET_RE.sub("", clause).strip(' ,、:"')
    for _ in range(8):
        m = _ZH_LEAD_RE.match(_mask_books(s))
        if not m or not m.end():
            break
        s = s[m.end() :].lstrip(' ,、:"')
    m = _ZH_CUT_RE.search(_mask_books(s))
    if m and not m.group("pred"):
        # 正在驻西昌部队调研的中央军委副主席徐才厚: a clause ending in 的 modifies the ROLE NAME after it,
        # and a marker inside it (在) does not end the subject
        de = s.find("的", m.end())
        pred = _ZH_CUT_RE.search(_mask_books(s), de + 1) if de > 0 else None
        tail = s[de + 1 : pred.start() if pred else len(s)] if de > 0 else ""
        if len(tail) >= 4 and _ROLE_RE.search(tail) or m.start() == 0 and s[0] == "被" and len(tail) >= 2:
            # (or a passive clause before 的, 被判6年刑期的万大雪: the one it describes speaks; 向…的X
            # is who is spoken to)
            s = s[de + 1 :]
            m = pred and _ZH_CUT_RE.search(_mask_books(s))
    if m and (name := _SURNAME_MARKER_RE.fullmatch(s, m.start())) and (
        _ROLE_END_ZH_RE.search(s, 0, m.start()) or (m.start() == 0 and len(name.group()) == 2)
    ):
        m = None  # 国务院研究室副主任向东介绍 / 向东表示: 向 is the surname of the speaker, not "to"
    if m and s[m.start()] == "曾" and (m.start() == 0 or _ROLE_END_ZH_RE.search(s, 0, m.start())) and \
            _SURNAME_ZENG_RE.match(s, m.start()) and not _ZH_CUT_RE.match(_mask_books(s), m.start() + 1):
        # 曾俊华在预算案中表示 / 司长曾俊华表示: 曾 opening a name of three (the next marker, or the verb, right
        # after it) is the surname, not "once" (曾表示, 曾多次表示, 曾经表示 keep it an adverb)
        m = _ZH_CUT_RE.search(_mask_books(s), m.start() + 3)
    if m:
        region = s[: m.start()]
        if m.group("pred") == "了":  # 英伟达计提了…: the subject is before the verb
            verb = _VERB_BEFORE_LE_RE.search(region, max(0, len(region) - 2))
            region = region[: verb.start()] if verb else region
        elif m.group("pred") == "着" and m.end() == len(s.rstrip(' ,、:"')) and len(region) >= 2:
            # 她笑着说 / 他微笑着表示: V着 right before the speech verb is how the words were said, no
            # predicate of its own; the subject is before V (one character, or 微笑)
            return _zh_region(region[: -2 if region.endswith("微笑") else -1], aside)
        region = region.strip(' ,、:"')
        return (_cut_aside(region) if aside else region), bool(m.group("pred"))
    s = s.strip(' ,、:"')
    return (_cut_aside(s) if aside else s), False


# A one-character day word right before the verb is an adverb, no part of the name (陈克勤昨称,
# 李明今表示); what stays must still be a name of two characters or more.
_ZH_DAY_ADVERB_RE = lazy(r"(?<=[^\W\d_a-z]{2})[昨今]\Z")


def _cut_aside(region: str) -> str:
    """The speaker before a date, time word or verb phrase: 主计总处27日发布预测 → 主计总处."""
    region = _ZH_DAY_ADVERB_RE.sub("", region)
    m = _ZH_ASIDE_RE.search(_mask_books(region), 1)
    return region[: m.start()].rstrip(' ,、:"') if m else region


# The phrase a pronoun after a dash resumes: the last phrase before the dash, after its preposition.
_EN_RESUMED_RE = lazy(r"(?:\A|\b(?:by|of|from|with|to|for|at|in|on)\s+)((?:[\w'-]+\s+){0,3}[\w'-]+)\s*\Z")


# An absolute phrase with its own subject before a participle of saying (…, with the Met Office saying …).
_SPK_EN_WITH_SUBJECT_RE = lazy(r"(?<![\w'])with\s+((?:the\s+|a\s+|an\s+)?[\w.'&-]+(?:\s+[\w.'&-]+){0,5}?)\s+\Z", needs="with")


# The content clause of a noun of news (broke the news that …, confirmed reports that …): its subject is no part of the
# clause's subject before it.
_SPK_EN_CONTENT_THAT_RE = lazy(r".*\b(?:news|word|reports?|claims?|fact|revelation|rumou?rs?)\s+that\s+", needs="that")


def _en_region(clause: str) -> str:
    """Subject region of an English clause that ends before its verb."""
    s = _BRACKET_RE.sub("", clause)
    if " – " in s:  # a spaced dash sets off a clause: … by our investigators – they share
        head, s = s[: s.rfind(" – ")], s[s.rfind(" – ") + 3 :]
        resumed = _EN_RESUMED_RE.search(head) if s.strip(' ,:"') in _PRONOUNS else None
        s = resumed.group(1) if resumed else s  # the pronoun resumes the phrase before the dash
    s = s.strip(' ,:"')
    content = _SPK_EN_CONTENT_THAT_RE.match(s)
    if content and content.end() < len(s):  # (x broke the news that a team source had told him: the source speaks)
        s = s[content.end() :]
    for _ in range(4):
        m = _EN_LEAD_RE.match(s)
        if not m or not m.end():
            break
        s = s[m.end() :]
    for _ in range(4):
        t = _EN_TRAIL_RE.sub("", s)
        if t == s:
            break
        s = t
    if s.endswith(" to"):  # (chauvin decided not to speak except to say: the infinitive's subject is the finite verb's)
        verb = _EN_FINITE_RE.search(s)
        if verb and verb.start() > 0 and not _EN_FINITE_RE.match(" " + s):
            s = s[: verb.start()]
    if s.endswith(" and"):  # a subject with two verbs (cohen apologized wednesday and said): the first verb's
        verb = _EN_FINITE_RE.search(s)  # phrase is no part of the subject, nor a frame before it (in announcing …)
        if verb and verb.start() > 0 and not _EN_FINITE_RE.match(" " + s):  # (not a clause that opens with its verb)
            s = _EN_FRAME_ING_RE.sub("", s[: verb.start()])
    return s.strip(' ,:"')


def _head(phrase: str) -> str:
    """The name at the end of a subject phrase: 《…》作者斯蒂芬·威特 → 斯蒂芬·威特."""
    if ", " in phrase and phrase.isascii():  # appositive: "jensen huang, nvidia's ceo"
        return phrase.split(", ")[0]
    last = None
    for last in _ROLE_RE.finditer(_mask_books(phrase)):
        pass
    if last is not None:
        rest = phrase[last.end() :].strip(" 、,")
        if len(rest) >= 2:
            return rest
        # 张忠谋董事长: a name of two to four characters before a title of address
        if not rest and _ADDRESS_RE.fullmatch(last.group()):
            name = _ROLE_RE.split(phrase[: last.start()])[-1].strip(" 、,")
            if 2 <= len(name) <= 4 and all(_is_cjk(c) for c in name) and "的" not in name:
                return name
    return phrase


# ---------------------------------------------------------------------------
# Finding attributions.


class _Raw(NamedTuple):  # a named tuple: @dataclass costs start-up time
    """An attribution before its words are bounded and its pronoun resolved."""

    speaker: str
    verb: str
    words_start: int
    words_end: int  # -1: forward words, bounded in the second pass
    anchor: int  # where the attribution's own material begins
    clause: int  # start of the verb's clause
    implicit: bool  # subject is a predicate clause fragment
    needs_subject: bool  # zero subject: take an earlier one
    english: bool
    # 回应了/提到了 + object: speech only if the words hold a clause or a quote;
    # a bare noun phrase is what was answered or mentioned, not what was said.
    object_only: bool = False
    data: bool = False  # a source of figures (数据显示), not of words
    noun: str = ""  # the data noun taken off the source (数据, 的报告)


def _backward_words(lay: _Layout, clause: int) -> tuple[int, int] | None:
    """Words of a verb that ends its sentence: the quote just before the clause.

    Without such a quote, indirect words before a comma (``芯片很好,他说。``).
    """
    text = lay.text
    k = bisect.bisect_left(lay.closes, clause) - 1
    if k >= 0:
        c = lay.closes[k]
        if _GAP_RE.fullmatch(text, c + 1, clause):
            o = lay.close_open[c]
            start = lay.sentence_start(o) if o > 0 else o
            lead = text[start:o].rstrip()
            if not (lead and lead[-1].isascii() and lead[-1].isalnum()):
                return o + 1, c
            # a phrase quoted inside a sentence (… others who are "strangers to the
            # litigation," according to X): the words are the whole sentence
            end = clause - 1
            while end > start and text[end - 1] in " ,":
                end -= 1
            return start, end
    comma = clause - 1
    while comma >= 0 and text[comma] == " ":
        comma -= 1
    if comma > 0 and text[comma] in ",;":  # (…; according to X: a semicolon ends the words as a comma does)
        start = lay.sentence_start(comma)
        if start < comma:
            return start, comma
    return None


def _quote_before(lay: _Layout, clause: int) -> bool:
    """Whether a quote closes right before ``clause`` ("…," X told NBC News.)."""
    k = bisect.bisect_left(lay.closes, clause) - 1
    return k >= 0 and _GAP_RE.fullmatch(lay.text, lay.closes[k] + 1, clause) is not None


def _opening_quote(lay: _Layout, clause: int) -> tuple[int, int] | None:
    """A quoted utterance that opens its sentence right before ``clause`` ("…。"陈杰宪说,…)."""
    text = lay.text
    k = bisect.bisect_left(lay.closes, clause) - 1
    if k < 0:
        return None
    c = lay.closes[k]
    o = lay.close_open[c]
    # right before it: after a space or a paragraph break, the quote may go on an earlier one's
    if o < 0 or c + 1 != clause or text[c - 1] not in _QUOTE_ENDS:
        return None
    lead = text[:o].rstrip(" \n")
    return (o, c) if not lead or lead[-1] in _TERMINATORS + "." else None


def _scan_sentence(lay: _Layout, p: int, limit: int) -> tuple[int, bool]:
    """End (exclusive) of the sentence from ``p``, at most ``limit``; true if it held a quote."""
    text, n = lay.text, len(lay.text)
    j, quoted = p, False
    while j < limit:
        ch = text[j]
        if ch == '"' and j in lay.opens:
            c = lay.opens[j]
            quoted = True
            if c >= n:
                return n, True
            if text[c - 1] in _TERMINATORS + ".":
                return c + 1, True
            j = c + 1
            continue
        if not lay.hidden[j]:
            if ch in _TERMINATORS or ch == ";":
                return j, quoted
            if ch == "." and _full_stop(text, j):
                return j, quoted
            if ch == " " and _paragraph_break(text, j):
                return j, quoted
        j += 1
    return j, quoted


def _ends_hearer(text: str, p: int) -> bool:
    """Whether the hearer of 告诉 ends at ``p`` (punctuation, quote, paragraph)."""
    return text[p] in ',:"。!?;' or (text[p] == " " and _paragraph_break(text, p))


def _document_quote(lay: _Layout, v1: int) -> tuple[int, int] | None:
    """The quote a colon introduces just after a document is named (Here is a sample: "…"), if no one
    else is said to speak between them."""
    text = lay.text
    for o in sorted(lay.opens):
        if o < v1:
            continue
        between = text[v1:o].strip()
        if o - v1 > 80 or not between.endswith(":") or _EN_VERB_RE.search(text, v1, o):
            return None
        return o, lay.opens[o]
    return None


def _find_raw(lay: _Layout, asked: frozenset[str] = frozenset()) -> list[_Raw]:
    """Every speech verb's subject and words; a weak verb in ``asked`` (the question's own verb:
    who predicted …?) is speech without a quote beside it."""
    text, n = lay.text, len(lay.text)
    found: list[_Raw] = []
    matches = [
        *_ZH_VERB_RE.finditer(text), *_ZH_CLAUSE_VERB_RE.finditer(text), *_EN_VERB_RE.finditer(text), *_ZH_MOUTH_RE.finditer(text),
        *_ZH_PER_DATA_RE.finditer(text), *_ZH_PER_DOCUMENT_RE.finditer(text), *_ZH_DATA_VERB_RE.finditer(text),
        *_EN_DATA_VERB_RE.finditer(text), *_EN_RELATIVE_SAY_RE.finditer(text), *_EN_LETTER_RE.finditer(text), *_EN_DOCUMENT_BY_RE.finditer(text), *_SOURCE_LABEL_RE.finditer(text), *_EN_CLAIM_THAT_RE.finditer(text), *_ZH_PUBLISH_RE.finditer(text), *_ZH_COUNTED_RE.finditer(text), *_SPK_ZH_FOUND_RE.finditer(text), *_EN_FINDING_RE.finditer(text), *_EN_TAG_IN_QUOTE_RE.finditer(text),
    ]
    matches.sort(key=lambda m: m.start())
    consumed = 0  # end of the last verb, which may have taken a tail (回应称)
    speaking = -1  # clause of the last verb whose words follow it
    speaking_sentence = -1  # sentence of the last Chinese verb of saying whose words follow it
    for m in matches:
        v0, v1 = m.span()
        pattern = m.re.pattern  # a guarded (lazy) pattern is told by its text: a lazy pattern is no match's ``re``
        if pattern == _EN_TAG_IN_QUOTE_RE.pattern:  # "…, Mensa said."
            c = m.end() - 1
            o = lay.close_open.get(c, -2)
            if o >= -1 and lay.hidden[v0] and v0 > o + 1 and not _EN_VERB_RE.search(text, o + 1, v0):
                consumed = m.end()
                found.append(_Raw(m.group(1), m.group(2).split()[0], o + 1, v0, max(o, 0), max(o, 0), False, False, True))
            continue
        if lay.hidden[v0] or v0 < consumed:
            continue
        verb = m.group()
        english = verb.isascii()
        own_clause = lay.clause_start(v0)
        if english and own_clause >= 2 and not text[own_clause:v0].strip(' ,"'):
            # (a Ford spokesperson, however, told Forbes: an adverb set off by commas parts no subject from its verb)
            prev = lay.clause_start(own_clause - 1)
            if prev >= 2 and text[prev - 1] == "," and _EN_SET_OFF_ADVERB_RE.fullmatch(text[prev:own_clause - 1].strip()):
                own_clause = lay.clause_start(prev - 1)
        clause = max(own_clause, v0 - _MAX_SUBJECT)
        if clause > own_clause and text[clause - 1].isalnum() and text[clause].isalnum():
            # the window cut a word ('eserve has made …'): start at the next word
            space = text.find(" ", clause, v0)
            clause = space + 1 if space >= 0 else v0
        if pattern == _SOURCE_LABEL_RE.pattern:  # 来源: 国家统计局 labels what it is attached to
            consumed = v1
            ws = lay.sentence_start(v0)
            if not text[ws:v0].strip() and ws > 0:  # a label line after what it labels
                ws = lay.sentence_start(ws - 1)
            we = v0
            if not text[ws:we].strip(" 。.:") or _SPK_FIELD_LINE_RE.fullmatch(text, ws, we) and text[v1:].strip(" 。.;"):
                # a label line before what it labels (… or closing a header line of fields: 类别:财经 发布时间:… 来源:X)
                ws = v1 + len(text[v1:]) - len(text[v1:].lstrip(" 。.;"))
                we = lay.sentence_end(ws)
            found.append(_Raw(m.group(1).strip(), "来源", ws, we, ws, clause, False, False, False, data=True))
            continue
        if pattern == _EN_RELATIVE_SAY_RE.pattern:  # …, which many republicans say is unconstitutional
            consumed = v1
            ws, we = lay.clause_start(v0), lay.sentence_end(v1)
            if not lay.hidden[v0] and ws < v0:
                found.append(_Raw(m.group(1).strip(), m.group(2), ws, we, ws, ws, False, False, True))
            continue
        if pattern == _EN_LETTER_RE.pattern:  # X sent a letter to Y urging …: the senders speak, never the addressees
            consumed = v1
            who = _en_region(text[lay.clause_start(v0):v0])
            if who and not lay.hidden[v0] and who not in _PRONOUNS:
                found.append(_Raw(who, m.group(1), v1, lay.sentence_end(v1), v0 - len(who), lay.clause_start(v0), False, False, True))
            continue
        if pattern == _EN_DOCUMENT_BY_RE.pattern:  # the memo distributed by X. Here is a sample: "…": X's words
            if not lay.hidden[v0]:
                quoted = _document_quote(lay, v1)
                if quoted:
                    o, c = quoted
                    found.append(_Raw(m.group(2).strip(), m.group(1), o + 1, c, o, lay.clause_start(v0), False, False, True))
            continue
        if pattern == _EN_CLAIM_THAT_RE.pattern:  # wyeth's claim that words: the possessor's words
            if own_clause == speaking:
                continue  # inside another's words: Smith said the company's claim that … was false
            before = _EN_WORDS_BEFORE_RE.search(text, max(own_clause, v0 - _MAX_SUBJECT), v0)
            who = _possessor(before.group()) if before else ""
            consumed = v1
            ws = _WORDS_LEAD_RE.match(text, v1).end()
            if who and ws < n and text[ws] not in _TERMINATORS + ".":
                speaking = own_clause
                found.append(_Raw(who, m.group(1), ws, -1, v0 - len(who), clause, False, False, True))
            continue
        if m.re is _ZH_MOUTH_RE or pattern in (_ZH_PER_DATA_RE.pattern, _ZH_PER_DOCUMENT_RE.pattern):  # 在他口中,words / 据海关统计,words
            consumed = v1
            ws = _WORDS_LEAD_RE.match(text, v1).end()
            if ws < n and text[ws] not in _TERMINATORS + ";.":
                who, data = (m.group(1) or m.group(2)).strip().strip("《》"), m.re is not _ZH_MOUTH_RE
                who = _cut_aside(who) if data else who  # 据国家统计局12月15日发布的数据: 国家统计局
                found.append(
                    _Raw(who, verb[-2:], ws, -1, clause, clause, False, False, False, data=data)
                )
            continue
        if own_clause == speaking:
            continue  # 他坦言…要我说中文: a verb inside the words of one before it in its clause
        if verb in ("according to", "per"):
            raw = _according(lay, v0, v1, clause)
            if raw:
                found.append(raw)
            continue
        if verb in _EN_WEAK_VERBS and verb not in asked and not _by_a_quote(lay, v0, v1):
            continue
        if verb in _EN_NAMING_VERBS and (not _EN_NAMED_QUOTE_RE.match(text, v1) or _EN_PASSIVE_BEFORE_RE.search(text, max(0, v0 - 24), v0)):
            continue  # (what was termed a "fraud": a passive names nobody who said it)
        if m.re is _ZH_PUBLISH_RE and text[v1 : v1 + 1] in ",:" and not _ZH_PUBLISHER_RE.fullmatch(text[own_clause:v0].strip(' ,"')):
            continue
        if m.re is _ZH_PUBLISH_RE and _ZH_VERB_RE.search(text, v1, lay.sentence_end(v1) if (b := _next_bound(lay, v1)) < 0 else b):
            continue
        finding = m.re is _EN_FINDING_RE
        if finding and not (
            (_EN_RANKING_RE.match(text, v1) if verb in ("listed", "lists", "ranked", "ranks")
             else _SPK_EN_COUNTED_RE.match(text, v1) if verb in ("identified", "recorded", "counted", "tallied")
             else _EN_FINDING_THAT_RE.match(text, v1))
            or _EN_REPORT_FRAME_RE.search(text, lay.sentence_start(v0), v0)
            or _finding_after_words(lay, v0, v1)
        ):
            continue
        data = m.re in (_ZH_DATA_VERB_RE, _EN_DATA_VERB_RE)
        if not english and v1 < n and text[v1] in _VERB_TAIL and verb not in ("说", "称", "说道"):
            v1 += 1
            verb = text[v0:v1]
        before = text[clause:v0]
        if english and _EN_CITED_OBJECT_RE.search(before):
            continue  # (…, citing new estimates from the bank: the object of a participle of citing is a noun)
        nominal = False
        if verb == "回应" and before.endswith("的"):
            after = _NOMINAL_AFTER_RE.match(text, v1)
            if after and after.end() > v1:
                before, nominal, v1 = before[:-1], True, after.end()
        if not nominal and before.endswith("的"):
            manner = _ZH_MANNER_DE_RE.search(before) if not english and text[v1:v1 + 1] in ',:"' else None
            if manner is None:
                continue  # a noun, not a verb: 他一贯以来的表态
            before = before[:manner.start()]  # 很有信心的指出,…: 的 for 地, a manner phrase before the verb, not its owner
        if not english and _ZH_CITED_RE.search(before):
            cited = _SPK_ZH_AS_SAID_RE.fullmatch(before.strip(' ,"'))
            if not (cited and text[v1 : v1 + 1] == '"' and lay.sentence_start(v0) == clause):
                continue  # 如报告所说 inside someone's words cites the report: no new speaker
            before = cited.group(1)  # (正如创始人朱江明所说"…" opening a sentence quotes him: he speaks the quote)
        implicit, described, made_by = False, None, ""
        if english:
            agent = _EN_AGENT_RE.match(text, v1) if not (data or finding) else None
            if agent:  # the stance announced by the committee: the agent is the speaker
                ws = clause + len(before) - len(before.lstrip(' ,:"'))
                if ws < v0:
                    found.append(_Raw(agent.group(1).strip().rstrip("."), verb, ws, v0, ws, clause, False, False, True))
                consumed = agent.end()
                continue
            if verb not in _EN_PARTICIPLES and _EN_PASSIVE_BEFORE_RE.search(text, max(0, v0 - 24), v0):
                continue  # (when it was announced she had won: a passive with no agent names nobody who spoke)
            with_subject = _SPK_EN_WITH_SUBJECT_RE.search(text, clause, v0) if verb in _EN_PARTICIPLES else None
            if with_subject and text[clause : with_subject.start()].strip(' ,"'):
                with_subject = None  # (she spoke with reporters saying …: a with-phrase inside the clause is no subject)
            if with_subject:  # (…, with the Met Office saying …: the participle's own subject after with speaks)
                before = with_subject.group(1)
            elif verb in _EN_PARTICIPLES:
                # she thanked the crew, saying …; he introduced her calling her …: the subject of the clause's
                # verb (of the clause before, after a comma), not its object
                opening = clause
                if not before.strip(' ,"') and "," in text[max(0, clause - 2) : clause + 1]:
                    opening = lay.sentence_start(clause - 2)
                finite = _EN_FINITE_RE.search(text, opening, v0)
                before = text[opening : finite.start()] if finite else before
            if clause > own_clause and before.rstrip().endswith(" and") and v0 - own_clause <= 3 * _MAX_SUBJECT:
                before = text[own_clause:v0]  # (a subject's first verb phrase longer than the window: cahill … urged … and said)
            speaker = _en_region(before)
            modified = _SPK_EN_MADE_BY_RE.search(speaker)
            if modified and modified.start() > 0:  # a review commissioned by a government revealed: the review speaks
                speaker, made_by = speaker[: modified.start()], speaker[modified.start() :]
            if verb == "reports" and _EN_FINITE_RE.search(" " + speaker):
                continue  # (police received several reports.: the noun, object of a verb before it)
            if speaker in ("which", "who") and (named := _apposed_name(lay, clause)):
                speaker, clause = named  # (Metso Outotec, which reported …: the relative pronoun is the name before it)
            described = None if speaker else _described_name(lay, clause)
            # bts, a part of the department, reported: the name before an a/an appositive speaks
            apposition = own_clause if speaker else max(lay.clause_start(own_clause - 1), lay.sentence_start(own_clause))
            if apposition < own_clause or speaker:
                aside = text[apposition:v0].lstrip(' ,"')
                if _INDEFINITE_RE.match(aside) or _EN_PARTICIPLE_ASIDE_RE.match(aside):
                    described = _apposed_name(lay, apposition) or described
            if described:  # "…," Dr. X, director of …, said: the clause of X is the subject's
                speaker, clause = described
            possessed = _EN_POSSESSED_SPEECH_RE.fullmatch(speaker) or (
                (work := _EN_POSSESSED_WORK_RE.fullmatch(speaker)) and not _ROLE_RE.search(speaker, work.end(1))
                and not _BODY_RE.search(speaker, work.end(1)) and work
            )
            if possessed:  # levine's lawsuit said: levine; dent's above the snow line suggested: dent
                speaker = _possessor(possessed.group(1))
        else:
            speaker, implicit = _zh_region(before, aside=not data)
            if verb in _ACCOUNT_NOUNS:
                speaker = _relayed_account(before, speaker)
                if not speaker:
                    continue
            if not data and not implicit:  # 英伟达的声明称: 英伟达
                owner = _ZH_SPEECH_NOUN_RE.sub("", speaker)
                speaker = owner if len(owner) >= 2 else speaker
            if m.re is _ZH_CLAUSE_VERB_RE and (
                _ZH_THING_RE.match(speaker) or _ZH_FRAME_RE.match(before.lstrip(' ,"')) or _ZH_NOT_SOURCE_RE.fullmatch(speaker)
            ):
                continue  # 这说明,…: what shows, not who explains; 按商品类别分析,…: a frame; 初步预计: an adverb
            if verb in _NAMED_ONLY_VERBS and (implicit or len(speaker) < 2):
                continue  # (…下降,批评政府…: without a subject of its own, the words of the sentence's speaker go on)
            agent = _ZH_AGENT_RE.search(speaker)
            if agent and not implicit:  # 由国家统计局宣布: the agent after 由 is the speaker
                speaker = agent.group(1)
            if not implicit and not data and (gathered := _SPK_ZH_DATA_SUBJECT_RE.search(speaker)) and gathered.start() >= 2:
                data = True  # 气象署测报资料指出, 国金证券统计数据表示: figures as the subject of a verb of saying are data
        noun = ""
        if data:  # 海关数据显示: the source is what the data is of
            if not english:
                speaker = _ZH_RELAY_RE.sub("", speaker)
            source = speaker.strip("《》") if _ZH_WORK_RE.fullmatch(speaker) else _data_source(speaker, english)
            if not source:
                continue
            noun = speaker[len(source):] if speaker.startswith(source) else ""
            speaker = source if english else _cut_aside(source)
        elif made_by:
            noun = made_by  # (the whole phrase, the review with who commissioned it, still answers as written)
        if m.re is _ZH_PUBLISH_RE and lay.sentence_start(v0) == speaking_sentence:
            continue  # 吴健富表示,…,气象署共发布3起警报,…: a publishing told inside a speaker's words is part of them
        if m.re is _ZH_PUBLISH_RE or pattern in (_ZH_COUNTED_RE.pattern, _SPK_ZH_FOUND_RE.pattern):
            if not speaker or implicit or _ZH_NOT_SOURCE_RE.fullmatch(speaker) or _ZH_CONDITION_RE.match(speaker):
                continue
            data = True
        data = data or finding
        consumed = v1
        p = v1
        if verb in _TELL:  # skip the hearer: 告诉贝壳财经记者, told reporters
            if english:
                # ("…," X told NBC News.: after a quote the hearer may run to the sentence's end)
                dashed = _EN_HEARER_DASH_RE.match(text, p)
                if dashed and (comma := text.find(",", p)) >= 0 and comma < dashed.end():
                    dashed = None
                obj = (
                    dashed or _EN_HEARER_RE.match(text, p) or ((described or _quote_before(lay, own_clause)) and _EN_HEARER_END_RE.match(text, p))
                    or _EN_OBJECT_RE.match(text, p)
                )
                p = obj.end() if obj else p
            else:
                while p < n and (lay.in_book[p] or not _ends_hearer(text, p)):
                    p += 1
        if english and verb.startswith(("assur", "reassur")) and (heard := _EN_ASSURED_RE.match(text, p)):
            p = heard.end()
        if english:
            after = _EN_AFTER_VERB_RE.match(text, p)
            p = after.end() if after else p
            if speaker or _TAGGED_BEFORE_RE.search(text, max(0, clause - 20), clause):  # (… pelosi, d-calif., wrote in …)
                p = _past_adverbial(lay, p)
        backward = False
        if english and not speaker:  # the opinion, written by Breyer, said …: its author speaks
            speaker = _author_before(lay, clause)
        if english and not speaker:  # "…," said Huang. / …, says Huang.
            inverted = _inverted(lay, v0, p, clause)
            if inverted:
                speaker, p = inverted
                backward = True
        elif english and _EN_ROLE_END_RE.search(speaker):  # Croatti, UniFirst President … said
            name = _name_before(lay, clause)
            if name:
                speaker = f"{name}, {speaker}"
        # 回应了一切…的问题, 提到了…方案: 了 right after the verb takes an object.
        object_only = not english and not nominal and verb not in _TELL and text[p : p + 1] == "了"
        lead = _WORDS_LEAD_RE.match(text, p)
        p = lead.end() if lead and not nominal else p
        ends_sentence = backward or p >= n or text[p] in _TERMINATORS + ";." or (
            text[p] == " " and _paragraph_break(text, p)
        ) or (english and verb in _TELL and text[p] in "—–")
        if ends_sentence and not nominal:
            span = _backward_words(lay, clause)
            if span is None and own_clause < clause:  # (a long subject the window cut: its words end its clause)
                span = _backward_words(lay, own_clause)
            if span is None:
                continue
            ws, we = span
            anchor = ws - 1 if ws > 0 and text[ws - 1] == '"' else ws
            found.append(
                _Raw(speaker, verb, ws, we, anchor, clause, implicit, not speaker, english, data=data, noun=noun)
            )
        else:
            speaking = own_clause if not object_only else speaking
            if not (object_only or data or english):
                speaking_sentence = lay.sentence_start(v0)
            before_quote = _opening_quote(lay, clause) if not (object_only or data) else None
            if before_quote:  # "…。"陈杰宪说,… : the quote that opens the sentence is his too
                o, c = before_quote
                found.append(_Raw(speaker, verb, o + 1, c, o, clause, implicit, not speaker, english))
            found.append(
                _Raw(
                    speaker, verb, p, -1, clause, clause, implicit, not speaker, english,
                    object_only, data, noun,
                )
            )
    return found


_EN_PHRASE_LEAD_RE = lazy(r"(?:with|at|in|on|of|for|by|from|to|as|and|or|but|which|that)\b")


def _finding_after_words(lay: _Layout, v0: int, v1: int) -> bool:
    """``…, a Reuters survey found on Monday.``: a finding that ends its sentence after a clause
    of its own reports the words before it, as a sentence-final "said" does."""
    c = lay.clause_start(v0)
    if c <= lay.sentence_start(v0) or lay.text[c - 1 : c] not in (",", " ") or _EN_PHRASE_LEAD_RE.match(lay.text[c:v0].strip()):
        return False  # (with a fortune estimated at $16.4 billion: a participle in a phrase, no finding)
    p = _past_adverbial(lay, v1)
    return p >= len(lay.text) or lay.text[p] in _TERMINATORS + "." or bool(_EN_VERB_END_RE.fullmatch(lay.text, p))


def _by_a_quote(lay: _Layout, v0: int, v1: int) -> bool:
    """Whether an English verb stands where speech does: right after a quote ("…," continued
    Engles / "…," Engles continued, a short subject between) or before its words ("that", a
    quote)."""
    text = lay.text
    if _EN_WORDS_AFTER_RE.match(text, v1):
        return True
    k = bisect.bisect_left(lay.closes, v0) - 1
    if k < 0:
        return False
    c = lay.closes[k]
    between = text[c + 1 : v0]
    if lay.sentence_start(v0) > c + 1 or len(between.split()) > 6 or any(ch in between for ch in ".;:!?"):
        return False
    # inverted ("…," continued Engles) or ending its sentence ("…," Engles continued.), not
    # a narrated verb after a quoted sentence ("…." The Company continues to generate …)
    return not between.strip(" ,") or bool(_EN_VERB_END_RE.match(text, v1))


def _past_adverbial(lay: _Layout, p: int) -> int:
    """Skip a phrase that says where or how the words were said ("…," he said on the social
    media site X. / …, Sanders said at a Sunday news conference.): when a preposition follows
    the verb and its sentence holds no quote and no "that", the verb ends the sentence and
    its words are before it."""
    text = lay.text
    m = _EN_PREPOSITION_RE.match(text, p)
    if not m:
        return p
    end, quoted = _scan_sentence(lay, p, len(text))
    if quoted:
        return p
    that = _EN_THAT_RE.search(text, p, end)
    return that.start() if that else end


# A name set off after a role that ends its sentence: the role's holder (", former prosecutor dean johnson.").
_EN_APPOSED_NAME_END_RE = lazy(r",\s((?:[a-z][\w'’.-]*\s){0,4}[a-z][\w'’-]*)(?=\.(?:\s|\Z)|\Z)")


def _according(lay: _Layout, v0: int, v1: int, clause: int) -> _Raw | None:
    """``according to X, words`` or ``words, according to X.``; ``according to
    figures from X`` names X as a source of data."""
    text = lay.text
    m = _EN_INVERTED_RE.match(text, v1)
    if not m:
        return None
    speaker, p = m.group(1).strip().rstrip("."), m.end()
    source = _data_source(speaker, True)  # data released by X: X, a source of data
    agent = None if source else _EN_ISSUED_BY_RE.search(speaker)
    speaker = agent.group(1).strip() if agent else speaker  # a statement issued by X: X
    source = source or _data_source(speaker, True)
    data = bool(source)
    # The data noun stays with the source's name: a body may be named for data (according to
    # Inside Market Data), and the whole phrase as the cite gives it answers "according to whom".
    noun = speaker[len(source):] if data and speaker.startswith(source) else ""
    speaker = source or speaker
    named = _EN_APPOSED_NAME_END_RE.match(text, p) if not data and (_ROLE_RE.search(speaker) or "'s " in speaker) else None
    if named and not _EN_FINITE_RE.search(" " + named.group(1)):  # "…, according to the paper's legal analyst, former judge Ann Roy.": the role's holder, set off after it
        speaker, p = f"{named.group(1)}, {speaker}", named.end(1)
    elif p < len(text) and text[p] == "," and text[v0:v1] != "per":  # (…, per X, behind …: per follows its words)
        ws = _WORDS_LEAD_RE.match(text, p).end()
        if ws < len(text) and text[ws] not in _TERMINATORS + ".":
            return _Raw(speaker, "according to", ws, -1, clause, clause, False, False, True, data=data, noun=noun)
    span = _backward_words(lay, clause)
    if span is None:
        return None
    return _Raw(speaker, "according to", span[0], span[1], span[0], clause, False, False, True, data=data, noun=noun)


def _data_source(subject: str, english: bool) -> str:
    """The source a subject of 显示 / show names (海关数据 → 海关), empty if it names no data."""
    if english:
        m = _EN_DATA_FROM_RE.match(subject)
        if m:
            return subject[m.end() :].strip()
        m = _EN_DATA_OF_RE.search(subject)
        return subject[: m.start()].strip() if m else ""
    m = _ZH_DATA_NOUN_RE.search(subject)
    return subject[: m.start()].strip(" 、,") if m else ""


# Where or when a speaker named after the verb spoke ("…," said Asiana CEO Young-Doo Yoon at a press
# conference in Seoul): a place or occasion phrase, no part of the name.
# (… and a clause of what the speaker did meanwhile: said IKEA USA President Lars Peterson as he demonstrated …)
_EN_OCCASION_RE = lazy(r"\s+(?:at|in|on|during|after|before|while|via|from|as|when)\s")
# What follows a speech verb that is no speaker named after it: what was spoken of or when (said of the opening,
# said about, said on Monday, said in a statement).
_EN_TOPIC_RE = lazy(r"(?:of|about|on|in|at|to|after|before|during|that|with|for|from)\s")


def _inverted(lay: _Layout, v0: int, p: int, clause: int) -> tuple[str, int] | None:
    """The speaker named after its verb: '"…," said Maria Lopez, the finance chief.' or
    '…, says Huang.' Returns the speaker and where the attribution ends."""
    text = lay.text
    k = v0 - 1
    while k >= 0 and text[k] in " ,":
        k -= 1
    quoted = k >= 0 and text[k] == '"'
    if not quoted and "," not in text[k + 1 : v0]:
        return None
    inv = _EN_INVERTED_RE.match(text, p)
    if not inv or _EN_TOPIC_RE.match(inv.group(1)):
        return None  # ('…," Dave Hollis, the studio's executive, said of the picture's opening: what was spoken of)
    if not quoted:
        # Without a quote the clause before must be words, not an appositive
        # ("Huang, the CEO, said …"), and the name must end the sentence,
        # an appositive of its own aside.
        if _name_before(lay, clause, appositive_only=True) or _aside_before(lay, clause):
            return None
        end, _ = _scan_sentence(lay, inv.end(), len(text))
        rest = text[inv.end() : end].strip()
        if len(inv.group(1).split()) > 5 or not (
            not rest or (rest.startswith(",") and len(rest.split()) <= 8 and "that" not in rest.split())
        ):
            return None
    name = _en_region(inv.group(1)).rstrip(".")
    occasion = _EN_OCCASION_RE.search(name)  # said X at a press conference in Seoul: X
    if occasion and occasion.start():
        name = name[: occasion.start()]
        occasion = None
    place = _TITLED_PLACE_RE.match(name)
    name = name[: place.start(1)] if place else name
    return (name[: occasion.start()] if occasion and occasion.start() else name), inv.end()  # said X on Monday: X


def _next_bound(lay: _Layout, pos: int) -> int:
    """The next clause bound at or after ``pos`` (-1: none)."""
    k = bisect.bisect_left(lay.clause_bounds, pos)
    return lay.clause_bounds[k] if k < len(lay.clause_bounds) else -1


def _possessor(words: str) -> str:
    """The name that owns a speech noun: the words before 's back to the first that cannot
    be part of a name (the justices turned away wyeth's claim → wyeth)."""
    name: list[str] = []
    for w in reversed(words.split()):
        if w in _NAME_STOP or _EN_NOT_NAME_RE.match(w) or _EN_VERB_RE.fullmatch(w):
            break
        name.append(w)
    return " ".join(reversed(name))


def _aside_before(lay: _Layout, clause: int) -> bool:
    """Whether the clause right before ``clause`` is a participle aside ("Lopez, speaking at a
    news conference, said …"): then the words follow the verb, and its subject is before."""
    start = lay.sentence_start(clause)
    if clause - 1 <= start:
        return False
    prev = lay.clause_start(clause - 1)
    return prev >= start and bool(_EN_ASIDE_RE.match(_en_region(lay.text[prev : clause - 1])))


def _author_before(lay: _Layout, clause: int) -> str:
    """The author named in a participle clause right before the verb's ("The opinion, written
    by Justice Breyer, said …"): the author of a written text is its speaker."""
    text = lay.text
    start = lay.sentence_start(clause)
    if clause - 1 <= start:
        return ""
    prev = lay.clause_start(clause - 1)
    m = _EN_AUTHOR_CLAUSE_RE.fullmatch(text, prev, clause - 1) if prev >= start else None
    return m.group(1).strip().rstrip(".") if m else ""


def _appositive(near: str) -> bool:
    """Whether an English clause is an appositive role: "the ceo of nvidia", "nvidia's ceo",
    or a role with what it heads ("chairman of the joint chiefs of staff", up to ten words)."""
    n = len(near.split())
    if not near or n > 10:
        return False
    if _PARTY_TAG_RE.fullmatch(near) or _ONE_OF_RE.match(near):
        return True  # (Sen. Patrick Leahy, D-Vt., said; Rep. Gwen Moore, one of the chief backers of the bill, added)
    # (… and a determiner's role up to ten words: "the studio's executive vice president of distribution")
    return bool(_ROLE_RE.match(near)) or n <= 6 and bool(_APPOSITIVE_RE.match(near) or _ROLE_RE.search(near)) or bool(
        _APPOSITIVE_RE.match(near) and _ROLE_RE.search(near))


def _name_before(lay: _Layout, clause: int, appositive_only: bool = False) -> str | None:
    """A short name in the clause before ``clause``, in the same sentence: the
    name of "Croatti, UniFirst President … said". With ``appositive_only``, only
    when the clause right before is itself an appositive ("Huang, the CEO, said")."""
    text = lay.text
    start = lay.sentence_start(clause)
    if clause - 1 <= start:
        return None
    prev = lay.clause_start(clause - 1)
    if prev < start or lay.hidden[prev]:  # a quote's words name no one
        return None
    near = _en_region(text[prev : clause - 1])
    if appositive_only:
        if not _appositive(near):
            return None
        return _name_before(lay, prev)
    if not near or len(near.split()) > 4 or any(c.isdigit() for c in near) or '"' in near:
        return None
    return near


_MAX_DESCRIPTION_WORDS = 30


_INDEFINITE_RE = lazy(r"an?\s")
# A description opened by a past participle, set off between a name and its verb ("Kidde, based in North
# Carolina, said"; "Mark Rosekind, recently appointed administrator of …, said"): the name before speaks.
_EN_PARTICIPLE_ASIDE_RE = lazy(r"(?:[a-z]+ly\s+[a-z]{3,}(?:ed|en)\s|(?:[a-z]{3,}ed|born|known)\s+(?:in|at|on|near|of|by|as|from|for|to|with|under)\s)")
_TITLE_START_RE = lazy(r"(?<![a-z])(?:sen|rep|gov|mr|mrs|ms|dr|prof)\.\s(?!.*(?<![a-z])(?:sen|rep|gov|mr|mrs|ms|dr|prof)\.\s)")
# A party-state tag after a legislator's name (D-Vt., R-Utah, (D) of Minnesota's D-Minn.).
_PARTY_TAG_RE = lazy(r"\(?[dri]-[a-z][a-z.]{1,12}\)?")
_ONE_OF_RE = lazy(r"one\sof\s(?:the|its|his|her|their|our)\s")
_EN_AGE_RE = lazy(r"(?:now\s|aged\s)?\d{1,3}")  # an age set off by commas after a name (Maxwell, now 60,)
_TAGGED_BEFORE_RE = lazy(r"[\s,]\(?[dri]-[a-z][a-z.]{1,12}\)?,\s?\Z")  # a party tag set off right before a verb


def _apposed_name(lay: _Layout, clause: int) -> tuple[str, int] | None:
    """The name before an appositive opened by a/an between it and its verb ("BTS, a part of the
    department, reported"; "Moderna, Inc. (Nasdaq: MRNA), a biotechnology company … announced"):
    the description is of the name, which speaks. A company's suffix set off by its comma
    (Moderna, Inc.) takes the name before it. Returns the name and where its clause starts."""
    name = _name_before(lay, clause)
    if not name or name in _PRONOUNS or _ROLE_RE.search(name) or _EN_RELATIVE_ASIDE_RE.match(name):
        return None  # (…, which starts next march, a league source told X: a relative clause names nobody)
    prev = max(lay.clause_start(clause - 1), lay.sentence_start(clause))
    if name.rstrip(".") in _COMPANY_SUFFIXES:
        first = _name_before(lay, prev)
        if not first:
            return None
        name, prev = first + ", " + name, max(lay.clause_start(prev - 1), lay.sentence_start(clause))
    return name, prev


def _described_name(lay: _Layout, clause: int) -> tuple[str, int] | None:
    """The name before a description that runs up to the verb ("Dr. Gary H. Gibbons, director
    of the National Heart, Lung, and Blood Institute (NHLBI), said in a press release"): a
    clause led by a role opens the description, which may run through commas (one title), and
    the short name just before it speaks; the medium or hearer after the verb never does.
    Returns the name and where its clause starts."""
    text = lay.text
    start = lay.sentence_start(clause)
    after, words, c = "", 0, clause
    while c - 1 > start:
        prev = max(lay.clause_start(c - 1), start)
        seg = text[prev : c - 1]
        body = prev + len(seg) - len(seg.lstrip(' "'))
        if body >= c - 1 or lay.hidden[body] or '"' in seg.strip(' "') or _EN_VERB_RE.search(seg):
            return None
        near = _en_region(seg)
        if (
            after and _ROLE_RE.match(after) and near and len(near.split()) <= 4
            and not _ROLE_RE.search(near) and not any(ch.isdigit() for ch in near) and near not in _PRONOUNS
        ):
            return near, prev
        words += len(near.split())
        if words > _MAX_DESCRIPTION_WORDS:
            return None
        after, c = near, prev
    return None


def _earlier_subject(
    lay: _Layout, clause: int, by_clause: dict[int, tuple[str, bool]], english: bool
) -> tuple[str, bool] | None:
    """Subject for a clause without one: an earlier clause of the same sentence.

    An attribution found in that clause lends its speaker; otherwise the
    nearest clause with a non-empty subject region does (as an implicit one).
    """
    text = lay.text
    start = lay.sentence_start(clause)
    k = bisect.bisect_left(lay.clause_bounds, clause - 1)
    end = clause - 1
    regions: list[str] = []
    while end > start:
        k -= 1
        cs = max(lay.clause_bounds[k] + 1 if k >= 0 else 0, start)
        if cs in by_clause:
            return by_clause[cs]
        piece = text[cs : min(end, cs + _MAX_SUBJECT)]
        if english:
            region = _en_region(piece)
            if _EN_ASIDE_RE.match(region) or _EN_RELATIVE_ASIDE_RE.match(region) or _EN_AGE_RE.fullmatch(region):
                # "ginsburg, writing for the dissent, said": an aside (… and so is a relative clause: "harbor mills,
                # which posted its best quarter, said", and an age: "lawyers for cohen, 52, had argued")
                end = cs - 1
                continue
            titled = _TITLE_START_RE.search(region) if len(regions) == 1 else None
            # (a titled name starts at its title: "… 8:19pm (est) sen. patrick leahy, d-vt., said" after a dateline)
            regions.append(region[titled.start():] if titled else region)
            # appositive: "jensen huang, the ceo of nvidia, said"
            # (… and a titled name before a party tag: "house minority leader nancy pelosi, d-calif., wrote")
            if len(regions) == 2 and regions[1] and len(regions[1].split()) <= (8 if _PARTY_TAG_RE.fullmatch(regions[0]) else 4):
                near = regions[0]
                if _appositive(near):
                    return f"{regions[1]}, {near}", False
        else:
            region, _ = _zh_region(piece)
            if region:  # a pronoun (他会见了…,并表示) is resolved by the caller
                return region, True
        end = cs - 1
    for region in regions:
        if region and region not in _PRONOUNS:
            return region, True
    return None


def _titled_mentions(lay: _Layout) -> list[tuple[int, int, str]]:
    """People named after a title outside quotes ("kentucky gov. andy beshear"), with where
    each mention begins: who a later "he" may be."""
    text = lay.text
    out: list[tuple[int, int, str]] = []
    for m in _EN_TITLED_RE.finditer(text):
        if lay.hidden[m.start()]:
            continue
        words = _NAME_WORDS_RE.match(text, m.end())
        if not words:
            continue
        name: list[str] = []
        end = m.end()
        for w in words.group().split():
            if w in _NAME_STOP or (len(w) > 4 and w.endswith("ed")) or _EN_VERB_RE.fullmatch(w):
                break
            name.append(w)
            end = text.index(w, end) + len(w)
        if name:
            out.append((m.start(), end, " ".join(name).rstrip(".")))
    return out


# A body named by its kind (the company, the airline): the one named before it, as a pronoun is.
_BODY_ANAPHOR_RE = lazy(rf"the\s(?:{_body_nouns('anaphor')})", needs="the")
# ... or by where it is based or what it makes (The Montreal-based bank said; The maker of spraying equipment said):
# a description no other body in the text fits, which news style writes for the company named before. (A bare
# adjective, the central bank, the rival company, names another body, so only these two shapes are read.)
_BODY_DESCRIBED_RE = lazy(rf"the\s[a-z.,' -]{{1,40}}-based\s(?:[a-z-]+\s)?(?:{_body_nouns('anaphor')})"
                          r"|the\s(?:maker|producer|owner|operator|developer|publisher|provider)\sof\s[a-z ,&'-]{3,60}", needs="the")


# A Chinese body named by its kind (公司, 该公司, 当局, 该行) or a document by its kind alone (公告中, 声明): the one named
# before, which spoke or published it.
_SPK_ZH_BODY_ANAPHOR_RE = lazy(r"(?:该|本|此)?(?:公司|集团|当局|[该本此][行局署部会])|(?:该|此|本)?(?:公告|声明|新闻稿|报告)[中里内]?")


# A participle phrase of who made a thing, after the thing (a review commissioned by X, a study funded by Y): no part of its
# name, and the one it names made the thing without saying its words.
_SPK_EN_MADE_BY_RE = lazy(r"\s+(?:commissioned|conducted|funded|ordered|sponsored|prepared|carried\s+out)\s+by\s.*\Z", needs="by")


# A definite noun (the defense, the source) naming again one named before with more words (SBF's defense team, a league
# source).
_SPK_EN_SHORTENED_RE = lazy(r"the\s([a-z][a-z-]{2,})", needs="the")


# A person described by their calling alone (Harry Styles won … The singer said): the one named before, as a pronoun.
_PERSON_ANAPHOR_RE = lazy(r"the\s(?:singer|singer-songwriter|rapper|actor|actress|star|musician|artist|author|writer|novelist"
                          r"|director|coach|player|striker|athlete|champion|winner|poet|comedian|host|chef|pianist)", needs="the")


_SPK_ZH_PERSON_RE = lazy(r"[\u3400-\u9fff]{2,3}")


def _spk_zh_sentence_subject(lay: _Layout, clause: int, after: int) -> str:
    """The subject of the sentence just before a 他/她 that opens its own, when it is a bare name of two or three characters
    ending at an adverbial or predicate marker (陆万明对…作了解答。他介绍 → 陆万明) and written after ``after`` (past the
    speaker the pronoun would otherwise take); else empty."""
    text = lay.text
    own = lay.sentence_start(clause)
    if own < 2 or text[own:clause].strip(' ,"') or own <= after:
        return ""
    prev = lay.sentence_start(own - 1)
    if prev <= after or lay.hidden[prev]:
        return ""
    first = text[prev : own - 1]
    cut = min([i for i in (first.find(c) for c in ",;:") if i >= 0] + [len(first)])
    region, predicate = _zh_region(first[:cut])
    stop = _ZH_CUT_RE.search(_mask_books(first[:cut].strip()))
    if predicate or not stop or not _SPK_ZH_PERSON_RE.fullmatch(region) or not first.strip().startswith(region):
        return ""
    return region if not _ZH_VERB_RE.search(first[:cut]) else ""


def _resolve_pronoun(
    lay: _Layout, r: _Raw, kept: list[tuple[_Raw, str, bool]], mentions: list[tuple[int, int, str]]
) -> tuple[str, bool, int]:
    """Who the pronoun subject of ``r`` is: the nearest person named before it, the
    speaker of an earlier attribution or a titled name ("…," he said after "Gov. Andy
    Beshear …"). Returns the speaker, whether implicit, and where a nearer mention may
    begin: after that person's mention and what they said or mentioned (0: anywhere)."""
    best: tuple[str, bool, int] | None = None
    if kept:
        prev, speaker, implicit = kept[-1]
        end = prev.words_end
        if end < 0:
            anchors = sorted([*(k.anchor for k, _, _ in kept), r.anchor])
            end = _forward_end(lay, prev.words_start, anchors)
        best = (speaker, implicit, max(end, prev.clause))
    k = bisect.bisect_left(mentions, (r.clause,)) - 1
    if k >= 0 and (best is None or mentions[k][0] > best[2]):
        best = (mentions[k][2], False, mentions[k][1])
    return best or ("", False, 0)


def attributions(text: str) -> list[Attribution]:
    """Speech in a ``fold.normalize``d text: who is said to have said which words.

    Words run from the verb to the end of its sentence, or are the quote just
    before a sentence-final verb; indirect speech continues over the following
    sentences of its paragraph until another attribution begins. Pronouns take
    the previous attribution's speaker; unresolved ones stay as they are.
    """
    return list(_attributions(text))


# The text alone decides its attributions, and cards share cites (a sentence
# with five values is cited by five cards): each distinct cite is read once.
# Sized like the value parsers' memos (quantities, dates).
# A transcript's speaker label: a short name or ROLE NAME, then a colon, heading the text or (in
# Chinese) a sentence (国务院新闻办新闻局 寿小丽: / 。王毅: / mr. kirby: at the start; an English one
# is two words or more, a name, not Notice:). Folding has made line breaks spaces. The words run to
# the next label.
# A label opens the text, a sentence or a paragraph (长征七号运载火箭总设计师范瑞祥:"…"); one that opens a
# quote may carry a long ROLE before the NAME.
_LABEL_RE = lazy(r"(?:\A|(?<=[。!?\n])) ?((?:[^\W\d_]|[ .·'-]){2,24}?|(?:[^\W\d_]|[ .·'-]){25,40}?(?= ?: ?\")) ?: ?(?=\S)", needs=':')
_NOT_LABELS = frozenset({"来源", "资料来源", "数据来源", "source", "sources", "note", "notes", "注", "附注", "注释", "编者按",
                         "标题", "摄", "问", "答", "q", "a", "编辑", "责任编辑", "editor", "photo", "图", "图片",
                         "原标题", "导语", "title", "subject", "re", "date", "日期", "时间", "地点", "update", "updated",
                         "类别", "分类", "栏目", "频道", "标签", "关键词", "category", "tags", "发布时间"})


# An English name with its role set off by a comma, then a colon opening a quote, heads the quote as a label does
# (Allard Castelein, CEO of the Port of Rotterdam Authority : "…"): the name, not its role, speaks.
_EN_ROLE_LABEL_RE = lazy(r'(?:\A|(?<=[.!?"] )) ?([a-z][\w\'.-]*(?: [a-z][\w\'.-]*){1,3}), ([^,;:!?"]{2,80}?) ?: ?(?=")', needs=":")


# A clause that announces the words, its subject, its verb in -s or -ed and "as follows" before a colon ("The CPSC
# describes the hazard as follows:"), heads them as a label does: the subject speaks.
_AS_FOLLOWS_RE = lazy(r"(?:\A|(?<=[.!?\"] )) ?((?:[a-z][\w.'&-]*\s){1,5}?)[a-z]{2,}(?:s|ed)\s(?:[\w'-]+\s){0,6}?as\sfollows ?: ?(?=\S)",
                      needs="follows")


def _labels(text: str) -> list[Attribution]:
    found = [m for m in _LABEL_RE.finditer(text) if m[1].strip().lower() not in _NOT_LABELS
             and not _LABEL_END_RE.search(m[1]) and not _ZH_VERB_RE.search(m[1]) and not _ZH_LABEL_VERB_RE.search(m[1])
             and not _ZH_SPEECH_NOUN_RE.search(m[1]) and not _ZH_DATA_VERB_RE.search(m[1]) and not m[1].endswith("as follows")
             and (_is_cjk(m[1].strip()[-1:] or " ") or m.start() == 0 and len(m[1].replace(".", " ").split()) >= 2)]
    if '"' in text:
        roled = [m for m in _EN_ROLE_LABEL_RE.finditer(text) if _ROLE_RE.search(m[2]) and not _EN_VERB_RE.search(m[0])]
        found = sorted([*found, *roled], key=lambda m: m.start()) if roled else found
    follows = list(_AS_FOLLOWS_RE.finditer(text))
    found = sorted([*found, *follows], key=lambda m: m.start()) if follows else found
    out = []
    for m, nxt in zip(found, [*found[1:], None]):
        who = m[1].strip()
        end = nxt.start() if nxt else len(text)
        ws = m.end()
        while ws < end and text[ws] in " \t\n":
            ws += 1
        we = end
        while we > ws and text[we - 1] in " \t\n":
            we -= 1
        if we > ws:
            out.append(Attribution(who, ":", ws, we))
    return out


_ZH_LABEL_VERB_RE = lazy(r"说明|补充|分析|提醒|预期|预计|建议|解读|回答|澄清|批评|感慨|预言|宣示|报道|报导|声明|公告|提示|注意")
# (a label is a name, not a clause: no verb of speech or sentence mark in it: 他表示:)
_LABEL_END_RE = lazy(r"表示|说|指出|称|道|留言|said|says|[,;。!?]|(?:时间|日期|地点|来源|出处|标题|题目|关键词|摘要|备注|电话|地址|作者|字号|邮箱|邮件|网址|链接)\s?\Z")


# A signature on its own line after the words: a dash, then ROLE + NAME (——国家统计局新闻发言人毛盛勇).
# It signs the passage above it, back to the text's start or the signature before.
_SIGNATURE_RE = lazy(r"(?:(?<=[。!?\"] )|(?<=[。!?\"]))—{1,2} ?([^\W\d_a-z][^\s,;:。!?\"、《》—]{1,29})(?= [^\W\d_a-z]|\Z)")


def _signed(text: str, spoken: tuple[Attribution, ...]) -> list[Attribution]:
    """The passages signed by a name after a dash, where nobody in them is said to speak."""
    out, start = [], 0
    for m in _SIGNATURE_RE.finditer(text):
        we = m.start()
        while we > start and text[we - 1] == " ":
            we -= 1
        if we > start and not any(start <= a.words_start < we for a in spoken) and not _ZH_VERB_RE.search(m[1]):
            out.append(Attribution(m[1], "——", start, we))
        start = m.end()
    return out


def _single_quotes_paired(text: str) -> str:
    """``text`` with quotation marks written as single quotes made double (same offsets).

    Folding makes ‘ ’ and ' one character, which is also the apostrophe (don't, the
    workers' union), so only an utterance's shape is read as a quote: a mark right after
    , . ! or ? and before a space or the end closes one ('We are not worried,' said …),
    and the last mark before it at the text's start or after a space or ( opens it. A
    text with double quotes keeps its single ones (quotes inside quotes).
    """
    if "'" not in text or '"' in text:
        return text
    chars, opening = list(text), -1
    for i, ch in enumerate(text):
        if ch != "'":
            continue
        if opening >= 0 and text[i - 1] in ",.!?" and (i + 1 == len(text) or text[i + 1] == " "):
            chars[opening] = chars[i] = '"'
            opening = -1
        elif (i == 0 or text[i - 1] in " (") and i + 1 < len(text) and text[i + 1] not in " '":
            opening = i
    return "".join(chars)


def _attributions(text: str, asked: frozenset[str] = frozenset()) -> tuple[Attribution, ...]:
    return _attributions_of(_tickers_unmarked(_single_quotes_paired(text)), asked)


# A stock ticker in brackets after a company's name (Deutsche Bank (ETR:DBKGn), (NASDAQ: TSLA)): its colon is no mark
# of a label or a clause, so a speaker named through it (said Deutsche Bank (ETR:DBKGn) analyst Edison Yu) stays one name.
_TICKER_RE = lazy(r"\((?:[a-z]{2,8}):\s?[a-z0-9.]{1,10}\)", re.IGNORECASE)


def _tickers_unmarked(text: str) -> str:
    """``text`` with each ticker's colon made a space (same offsets)."""
    if ":" not in text:
        return text
    return _TICKER_RE.sub(lambda m: m.group().replace(":", " "), text)


# A citation in brackets, an author (or two joined by and) and a year (…closer to 33,000 per day (Litman, 2010).;
# (data from Weyrich and Lind, 2001 unless otherwise cited)): the author is the source of what its sentence states.
_BRACKET_CITATION_RE = lazy(
    r"\((?:data\s+from\s+)?([a-z][\w'.&-]*(?:\s[a-z][\w'.&-]*){0,2}?(?:\s(?:and|&)\s[a-z][\w'.&-]*)?(?:\set\sal\.)?)"
    r",\s(?:1[6-9]|20)\d\d[a-z]?(?!\d)[^()]{0,40}\)", needs="(")


# Where a sentence's clauses join with a contrast or a semicolon (…4 degrees (Okafor, 2015), although tree cover …):
# a citation credits its own clause, so two citations in one sentence each keep to their side of the joint.
_CITATION_JOINT_RE = lazy(r",\s(?:although|though|while|whereas|but|yet)\s|;\s")


def _cited_sources(text: str) -> list[Attribution]:
    """The sources bracketed citations credit, each for the sentence it stands in, or for its own clause
    when the sentence joins clauses by a contrast or a semicolon."""
    out = []
    cites = list(_BRACKET_CITATION_RE.finditer(text))
    joints = [j.start() for j in _CITATION_JOINT_RE.finditer(text)] if len(cites) > 1 else []
    for m in cites:
        before, after = text.rfind(". ", 0, m.start()), text.find(". ", m.end())
        start, end = before + 2 if before >= 0 else 0, after + 1 if after >= 0 else len(text)
        start = max([start, *(j + 1 for j in joints if j < m.start())])
        end = min([end, *(j for j in joints if j >= m.end())])
        out.append(Attribution(m[1], "(", start, end, data=True))
    return out


@lru_cache(maxsize=8192)
def _attributions_of(text: str, asked: frozenset[str] = frozenset()) -> tuple[Attribution, ...]:
    labelled = _labels(text) if ":" in text else []
    spoken = (*labelled, *_spoken(text, asked)) if labelled else _spoken(text, asked)
    cited = _cited_sources(text) if "(" in text else []
    spoken = (*spoken, *cited) if cited else spoken
    return (*spoken, *_signed(text, spoken)) if "—" in text else spoken


def _spoken(text: str, asked: frozenset[str] = frozenset()) -> tuple[Attribution, ...]:
    lay = _layout(text)
    # First every speaker (a zero subject may borrow an earlier one), then the
    # words, which stop where the next kept attribution begins.
    kept: list[tuple[_Raw, str, bool]] = []
    by_clause: dict[int, tuple[str, bool]] = {}
    pronouns: dict[int, tuple[int, int]] = {}  # index in kept -> (pronoun_at, mention_at)
    mentions: list[tuple[int, int, str]] | None = None  # found once, when a pronoun needs them
    for r in _find_raw(lay, asked):
        speaker, implicit = r.speaker, r.implicit
        pronoun = speaker in _PRONOUNS or (r.english and _PERSON_ANAPHOR_RE.fullmatch(speaker) is not None)
        if r.needs_subject and not pronoun and not r.english and kept and not kept[-1][0].data and \
                kept[-1][0].clause >= lay.sentence_start(r.clause) and _ZH_GOES_ON_RE.match(lay.text, r.clause):
            # 鄭信偉說,…,其實人數差不多,並說…: a verb of saying after 并/还/又/同时 goes on with the speaker of the
            # sentence's verb of saying before it, not with the clause just before (a statement of the words)
            speaker, implicit = kept[-1][1], kept[-1][2]
            pronoun = speaker in _PRONOUNS
        elif r.needs_subject and not pronoun:
            earlier = _earlier_subject(lay, r.clause, by_clause, r.english)
            if earlier is None:
                continue
            speaker, implicit = earlier
            # 他以家人比喻辉达…,直言: a region that starts with 他 is about him.
            pronoun = speaker in _PRONOUNS or (implicit and speaker[:1] in "他她")
        if not r.english and not implicit and speaker.endswith("方面") and len(speaker) >= 4:
            speaker = speaker[:-2]  # 蔚来汽车方面表示: the company's side is the company
        if not r.english and kept and not implicit and _SPK_ZH_BODY_ANAPHOR_RE.fullmatch(speaker):
            # 国家外管局公布,…。当局指,… / G华联发布…公告。公告中称,… 公司方面表示,…: the body, or the document, named
            # by its kind alone is the one that spoke or published just before
            earlier = kept[-1][1]
            if len(earlier) >= 2 and earlier not in _PRONOUNS and not _SPK_ZH_BODY_ANAPHOR_RE.fullmatch(earlier):
                speaker, implicit = earlier, kept[-1][2]
        shortened = _SPK_EN_SHORTENED_RE.fullmatch(speaker) if r.english and kept else None
        if shortened:  # "…," the defense wrote after SBF's defense team argued …: the name shortened to its noun
            words = shortened.group(1)
            for prev, prev_speaker, prev_implicit in reversed(kept):
                if prev_speaker != speaker and prev_speaker not in _PRONOUNS and \
                        words in prev_speaker.replace(",", " ").split() and not prev_speaker.startswith("the " + words):
                    speaker, implicit = f"{speaker}, {prev_speaker}", prev_implicit  # (either name answers)
                    break
        if r.english and kept and (_BODY_ANAPHOR_RE.fullmatch(speaker) or _BODY_DESCRIBED_RE.fullmatch(speaker)):
            # "…, the company said" after "AMR Corp. said …": the body named before speaks again
            earlier, earlier_implicit = kept[-1][1], kept[-1][2]
            if earlier and earlier not in _PRONOUNS and not _BODY_ANAPHOR_RE.fullmatch(earlier):
                speaker, implicit = earlier, earlier_implicit
        if pronoun:
            if mentions is None:
                mentions = _titled_mentions(lay)
            who, who_implicit, at = _resolve_pronoun(lay, r, kept, mentions)
            if not r.english and speaker in ("他", "她") and (named := _spk_zh_sentence_subject(lay, r.clause, at)):
                who, who_implicit, at = named, False, r.clause  # 陆万明对…作了解答。他介绍,…: the sentence before's subject
            if who:
                speaker, implicit = who, who_implicit
            pronouns[len(kept)] = (r.clause, at)
        kept.append((r, speaker, implicit))
        by_clause.setdefault(r.clause, (speaker, implicit))
    anchors = sorted(r.anchor for r, _, _ in kept)
    out: list[Attribution] = []
    for i, (r, speaker, implicit) in enumerate(kept):
        ws, we = r.words_start, r.words_end
        pronoun_at, mention_at = pronouns.get(i, (-1, 0))
        if r.object_only and _noun_phrase(lay, ws, anchors):
            continue  # still a speaker for 他 and zero subjects, but no words
        if we < 0:
            we = _forward_end(lay, ws, anchors)
        while we > ws and text[we - 1] in " ,、:":
            we -= 1
        if we > ws:
            att = Attribution(
                speaker, r.verb, ws, we, implicit, r.data, r.noun if speaker == r.speaker else "",
                pronoun_at, mention_at,
            )
            out.append(att)
            # (… or the whole sentence from its opening quote: "…," pelosi, d-calif., wrote in a statement. "today, …")
            lead = ws + len(text[ws:we]) - len(text[ws:we].lstrip())  # (a sentence's words after its space)
            # (… and after reported words: Hunt said the rain was not all. "However, the anomaly …": a quote opening
            # the next sentence with no speaker of its own goes on with them, as 在梁婧看来,…。"…" does)
            if (r.words_end < 0 and not r.data) or r.words_end >= 0 and (ws > 0 and text[ws - 1] == '"' or text[lead] == '"' and lead in lay.opens):
                out.extend(
                    att._replace(words_start=o + 1, words_end=c) for o, c in _continued(lay, r, anchors) if c > o + 1
                )
    if out and lay.opens:
        out.extend(_reopened_runs(lay, out))
    return (*out, *_run_on_quotes(lay, out)) if out and lay.opens else tuple(out)


def _reopened_runs(lay: _Layout, found: list[Attribution]) -> list[Attribution]:
    """The paragraphs of a quote that runs over paragraphs (said: "… clear. "Had … record. "While …"): a quote that
    ends at its paragraph's stop with no closing mark (see _reopened_quotes) goes on in the quote that opens next,
    and so on to the one that closes; each is the speaker's whose words hold the first, or the last (… ," he added)."""
    text, out = lay.text, []
    reopens = {}  # the quote a reopened one goes on in -> the reopened one
    for o, c in lay.opens.items():
        nxt = c
        while nxt < len(text) and text[nxt] == " ":
            nxt += 1
        if c < len(text) and text[c] != '"' and nxt in lay.opens:
            reopens[nxt] = o
    for att in found:  # (backwards: "The warm year … change. "Although …," he added: the first paragraph is his too)
        o = next((o for o in reopens if att.words_start - 1 <= o < att.words_end), None)
        while o is not None and o in reopens:
            o = reopens[o]
            if any(a.words_start <= o + 1 < a.words_end for a in found):
                break
            out.append(att._replace(words_start=o + 1, words_end=lay.opens[o], pronoun_at=-1))
    for att in found:
        for o, c in lay.opens.items():
            if not (att.words_start - 1 <= o < att.words_end) or c >= len(text) or text[c] == '"':
                continue
            while c < len(text) and text[c] != '"':
                nxt = c
                while nxt < len(text) and text[nxt] == " ":
                    nxt += 1
                if nxt not in lay.opens or any(a.words_start <= nxt + 1 < a.words_end for a in found if a is not att):
                    break
                o, c = nxt, lay.opens[nxt]
                out.append(att._replace(words_start=o + 1, words_end=c, pronoun_at=-1))
            break
    return out


def _run_on_quotes(lay: _Layout, found: list[Attribution]) -> list[Attribution]:
    """A quoted utterance that opens a sentence in the paragraph after a speaker's words, with no
    one else said to speak between, runs on from them (他表示,…。 / 第二是…。"综合这些因素,…。"):
    it is that speaker's. Only across one paragraph break, and never a data source's."""
    text, out = lay.text, []
    spans = sorted(found, key=lambda a: a.words_start)
    starts = [a.words_start for a in spans]
    for o, c in lay.opens.items():
        if c >= len(text) or text[c - 1] not in _TERMINATORS or (o > 0 and text[o - 1] not in _TERMINATORS + " "):
            continue
        k = bisect.bisect_left(starts, o) - 1
        if k < 0 or any(a.words_start <= c and o < a.words_end for a in spans):  # the quote is someone's already
            continue
        last = spans[k]
        between = text[last.words_end : o]
        if last.data or last.verb in (":", "——") or sum(_paragraph_break(text, i) for i in range(last.words_end, o) if text[i] == " ") != 1:
            continue
        if _ZH_VERB_RE.search(between) or _ZH_DATA_VERB_RE.search(between) or not _is_cjk(text[o + 1 : o + 2] or " "):
            continue
        out.append(last._replace(words_start=o + 1, words_end=c, pronoun_at=-1))
    return out


def _continued(lay: _Layout, r: _Raw, anchors: list[int]) -> list[tuple[int, int]]:
    """Quotes that go on after a quote's attribution ("…," he said on X. "I have issued …"):
    each quote that follows the attribution's sentence, with only space between, is the same
    speaker's, until a quote is attributed (an anchor) of its own."""
    text, n = lay.text, len(lay.text)
    end, _ = _scan_sentence(lay, r.clause, n)
    out: list[tuple[int, int]] = []
    p = end + 1
    while True:
        while p < n and text[p] in " \n":
            p += 1
        c = lay.opens.get(p)
        if c is None:
            return out
        if c >= n:  # a quote the cite cuts before its close still runs on to the cite's end
            k = bisect.bisect_left(anchors, end)
            return out if k < len(anchors) else [*out, (p, n)]
        k = bisect.bisect_left(anchors, end)
        # (an anchor at the quote's close is of words after it: "…" it also helps …, said X)
        if k < len(anchors) and anchors[k] < c:
            return out  # the quote, or the words before it, has a speaker of its own
        out.append((p, c))
        end, p = c, c + 1
        if p < n and text[p] in _TERMINATORS + ".":
            p += 1


def _noun_phrase(lay: _Layout, ws: int, anchors: list[int]) -> bool:
    """Whether the words from ``ws`` are one plain phrase: the object of 回应了/提到了.

    Plain means its sentence (up to the next attribution) holds no quote and no
    clause break, so there is no said content: 提到了英伟达最先进的CPO方案。
    """
    k = bisect.bisect_right(anchors, ws)
    limit = anchors[k] if k < len(anchors) else len(lay.text)
    end, quoted = _scan_sentence(lay, ws, limit)
    if quoted:
        return False
    words = _mask_books(lay.text[ws:end].rstrip(" ,、:"))
    return not _CLAUSE_INSIDE_RE.search(words)


def _forward_end(lay: _Layout, ws: int, anchors: list[int]) -> int:
    """End of words that follow their verb, bounded by the next attribution."""
    text, n = lay.text, len(lay.text)
    k = bisect.bisect_right(anchors, ws)
    limit = anchors[k] if k < len(anchors) else n
    end, quoted = _scan_sentence(lay, ws, limit)
    quoted = quoted and not _terms_quoted(lay, ws, end)
    # Indirect speech runs on: 表示,A。B。 and 说明,A;B are the speaker's, until a
    # paragraph ends or another attribution starts.
    while not quoted and end < limit and text[end] in "。;" and end + 1 < n and text[end + 1] not in " \n":
        start = end + 1
        nxt, quoted = _scan_sentence(lay, start, limit)
        quoted = quoted and not _terms_quoted(lay, start, nxt)
        if nxt >= limit:
            break
        end = nxt
    return min(end, limit)


_QUOTED_TERM_MAX = 12


def _terms_quoted(lay: _Layout, start: int, end: int) -> bool:
    """Whether every quote opened in ``text[start:end]`` is a term inside the sentence, not words quoted: short, no
    clause break in it, the sentence going on after it (按照"藏粮于地、藏粮于技"的发展思路, 采取"玉米改大豆"等措施).
    Indirect speech holding such terms still runs on into the next sentence."""
    text = lay.text
    opened = [j for j in range(start, min(end, len(text))) if text[j] == '"' and j in lay.opens]
    if not opened:
        return False
    for j in opened:
        c = lay.opens[j]
        inner = text[j + 1:c]
        if c >= len(text) or c + 1 >= len(text) or len(inner) > _QUOTED_TERM_MAX or any(ch in inner for ch in ",;:。!?"):
            return False
        if text[j - 1:j] in (":", ","):
            return False
        if text[c + 1] in _TERMINATORS + ",;:" and not (
            text[c + 1] in _TERMINATORS and _is_cjk(text[max(0, j - 16) : j].rstrip('"')[-1:] or " ")
            and not _ZH_VERB_RE.search(text[max(0, j - 16) : j].rstrip('"')[-3:])
        ):
            return False  # (… but the object of a verb closing its sentence, 实现"开门稳""开门红"。, is a term still)
    return True


# ---------------------------------------------------------------------------
# Checking a card.


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)} if len(s) > 1 else {s}


def _overlap(probes: Sequence[str], words: str) -> float:
    """How well the question's quoted words match: 2 if contained, else shared bigrams."""
    core = _NON_WORD_RE.sub("", words)
    grams = _bigrams(core)
    best = 0.0
    for probe in probes:
        pc = _NON_WORD_RE.sub("", probe)
        if not pc:
            continue
        if pc in core:
            return 2.0
        pg = _bigrams(pc)
        best = max(best, len(pg & grams) / len(pg))
    return best


_WORD_RE = lazy(r"[a-z0-9][a-z0-9'-]*")
# Words a question shares with any reported clause: question words, speech verbs, function words.
_FUNCTION_WORDS = frozenset(
    "who whom whose what which when where why how did does do said says say told tell tells stated"
    " announced according to that the a an of in on at by for from with and or but as is was are"
    " were be been has had have it its this these those there their his her he she they we"
    " would will could should can may might not no".split()
)


def _content_words(question: str) -> set[str]:
    return {w for w in _WORD_RE.findall(question) if w not in _FUNCTION_WORDS}


def _word_overlap(content: set[str], words: str) -> float:
    """Share of the question's content words in the reported words; a word matches one with
    its first five letters (injured, injuries) or the whole of a shorter one."""
    mine = set(_WORD_RE.findall(words))
    stems = {w[:5] for w in mine if len(w) >= 5}
    hit = sum(1 for w in content if w in mine or (len(w) >= 5 and w[:5] in stems))
    return hit / len(content)


def _names_a_thing(quoted: str, q: str) -> bool:
    """Whether a quote in a question is a term (a short quote, under a third of the question)."""
    short = len(quoted.split()) < 2 if quoted.isascii() else len(_NON_WORD_RE.sub("", quoted)) < 5
    return short and 3 * len(quoted) < len(q)


_EN_WHO_VERB_RE = lazy(r"who\s+(?:else\s+|first\s+)?([a-z]+)\b", needs="who")
_ZH_WHO_SAID_RE = lazy(r"谁(?:" + _ZH_VERB_RE.pattern + r")?", needs="谁")


def _question_scorer(q: str):
    """How well a text matches the question: its quoted words, else its content words
    (English) or its letters (Chinese)."""
    # a short quoted term in a long question (谁问中方此时举办"一带一路"国际合作高峰论坛有什么考虑?)
    # names a thing, it quotes no words: the whole question is matched
    probes = [p for p in _QUESTION_QUOTE_RE.findall(q) if not _names_a_thing(p, q)]
    content = _content_words(q) if not probes and q.isascii() else set()
    if content:  # an English paraphrase: match its content words, not its letters
        return lambda words: _word_overlap(content, words)
    if not probes:  # 谁表示准备上诉: the asking (谁 and its speech verb) is in nobody's words
        asked = _ZH_WHO_SAID_RE.search(q)
        probes = [q[: asked.start()] + q[asked.end() :]] if asked and asked.end() < len(q) - 1 else []
    return lambda words: _overlap(probes or [q], words)


def _narration(text: str, found: Sequence[Attribution]) -> list[tuple[int, int]]:
    """The cite's sentences that hold no one's words: what the text says in its own voice."""
    lay = _layout(text)
    out, start = [], 0
    for end in [*lay.sentence_ends, len(text)]:
        if end > start and not any(a.words_start < end + 1 and start <= a.words_end for a in found):
            out.append((start, end))
        start = end + 1
    return out


def _answer_names(answer: str, entities: Mapping[str, Sequence[str]]) -> set[str]:
    """The answer and, if it names a deck entity, all that entity's aliases."""
    a = normalize(answer).strip(" \"'。.,")
    names = {a, a.strip("《》")}  # a work's title is its name with or without its marks
    for group in _groups_of(entities).get(a, ()):
        names |= group
    names.discard("")
    return names


_last_groups: list = [None, (), {}]  # the entities mapping last seen, its groups and their index: one deck at a time


def _groups(entities: Mapping[str, Sequence[str]]) -> tuple[frozenset[str], ...]:
    """Each entity's spellings, normalised, built once per deck's mapping (a key of every
    alias, built per card, cost cards x aliases)."""
    if _last_groups[0] is not entities:
        groups = _entity_groups(_entity_key(entities))
        index: dict[str, list[frozenset[str]]] = {}
        for group in groups:
            for name in group:
                index.setdefault(name, []).append(group)
        _last_groups[:] = [entities, groups, index]
    return _last_groups[1]


def _groups_of(entities: Mapping[str, Sequence[str]]) -> dict[str, list[frozenset[str]]]:
    """Normalised spelling -> the entity groups holding it."""
    _groups(entities)
    return _last_groups[2]


def _entity_key(entities: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(
        (canonical, (aliases,) if isinstance(aliases, str) else tuple(aliases or ()))
        for canonical, aliases in entities.items()
    )


@lru_cache(maxsize=16)
def _entity_groups(entities: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[frozenset[str], ...]:
    """Each entity's spellings, normalised: once per deck, not once per card."""
    return tuple(frozenset(normalize(x).strip() for x in (canonical, *aliases)) for canonical, aliases in entities)


def _ends_with(s: str, name: str) -> bool:
    """``s`` ends with ``name``, not in the middle of an English word."""
    if len(name) < 2 or not s.endswith(name):
        return False
    i = len(s) - len(name)
    return i == 0 or not (name[0].isascii() and s[i - 1].isalnum())


_GLOSSED_NAME_RE = lazy(r"(.{2,}?)\s?\(([a-z][a-z.&-]{1,11})\)", needs="(")


def _speaker_matches(att: Attribution, names: Iterable[str]) -> bool:
    """Whether any of ``names`` is the speaker of ``att``.

    The name must end the subject phrase (roles come before names), equal its
    head or its whole, or be one of its role segments (商务部新闻发言人,
    《…》作者), or end one of several joint subjects (the census bureau and the
    bureau of economic analysis announced). For an implicit subject,
    containment in the region suffices.
    """
    if att.speaker in _PRONOUNS:
        return False
    # a company's legal form is optional on either side: AMR Corp. is AMR
    names = [*names, *(b for n in names if n and (b := _COMPANY_SUFFIX_RE.sub("", n)) != n and len(b) >= 2)]
    if att.noun and not att.data:
        if (att.speaker + att.noun).strip() in names:
            return True  # a review commissioned by X, as the cite writes it whole
    elif att.noun and _speaker_matches(att._replace(speaker=att.speaker + att.noun, noun=""), names):
        return True  # the source with its data noun: 政府数据, 此前公布的报告
    bare = _COMPANY_SUFFIX_RE.sub("", att.speaker)
    if bare != att.speaker and len(bare) >= 2 and _speaker_matches(att._replace(speaker=bare), names):
        return True  # thomson corp. is thomson: the suffix is the company's legal form
    glossed = _GLOSSED_NAME_RE.fullmatch(att.speaker)
    if glossed and any(_speaker_matches(att._replace(speaker=g), names) for g in glossed.groups()):
        return True  # the centers for disease control and prevention (cdc): the bracket glosses the name, either answers
    if att.speaker.endswith("记者") and att.speaker[:-2].strip("《》 ") in {n.strip("《》 ") for n in names if n}:
        return True  # 《金融时报》记者梳理发现: a medium's reporter, unnamed, finds for the medium
    # 斯蒂芬·威特 and 斯蒂芬威特 are one name: the separator dot is optional.
    speaker = att.speaker.translate(_NAME_DOTS)
    masked = _mask_books(speaker)
    names = [n.translate(_NAME_DOTS) for n in names if n]
    if att.implicit:
        return any(len(n) >= 2 and n in masked for n in names)
    head = _head(speaker)
    role = speaker[: len(speaker) - len(head)].strip(" 、,") if head != speaker else ""
    segments = {seg.strip() for seg in _SEGMENT_RE.split(speaker)}
    segments |= {seg[1:] for seg in segments if seg[:1] in "原前"}
    if role:
        segments |= {role} | {seg.strip() for seg in role.split("、")}
    conjuncts = [c.strip() for c in _conjunct_parts(masked)]
    conjuncts += [b for c in conjuncts if (b := _COMPANY_SUFFIX_RE.sub("", c)) != c and len(b) >= 2]
    honorific = _EN_HONORIFIC_RE.match(speaker)
    surname = speaker[honorific.end() :] if honorific and honorific.end() < len(speaker) else ""
    for n in names:
        if n in (speaker, masked, head) or n in segments:
            return True
        if _ends_with(masked, n) or _ends_with(head, n) or _ends_with(n, head):
            return True
        if any(n == c or _ends_with(c, n) or _ends_with(_head(c), n) for c in conjuncts):
            return True
        if surname and " " not in surname and n.endswith(" " + surname):  # mr. croatti
            return True
    return False


def _titled_surname(speaker: str) -> str:
    """The surname of a surname-and-title speaker (张董事长 → 张), else empty."""
    last = None
    for last in _ROLE_RE.finditer(speaker):
        pass
    if last is None or last.end() != len(speaker):
        return ""
    before = speaker[: last.start()]
    return before if _ADDRESS_RE.fullmatch(last.group()) and 1 <= len(before) <= 2 and all(_is_cjk(c) for c in before) else ""


def _title_refers_to(
    att: Attribution, names: set[str], groups: Sequence[frozenset[str]], text: str
) -> bool:
    """张董事长 is 张忠谋 when he is the one person of that surname the cite or the
    deck's entities name."""
    surname = "" if att.implicit else _titled_surname(att.speaker)
    if not surname:
        return False
    mine = {n for n in names if n.startswith(surname) and 2 <= len(n) <= 4 and all(_is_cjk(c) for c in n)}
    if not mine:
        return False
    if any(n in text for n in mine):
        return True
    namesakes = [g for g in groups if any(x.startswith(surname) and 2 <= len(x) <= 4 for x in g)]
    return len(namesakes) == 1 and bool(namesakes[0] & mine)


def _nearer_entity(
    att: Attribution, text: str, found: Sequence[Attribution], entities: Mapping[str, Sequence[str]]
) -> Attribution:
    """A pronoun's speaker is the nearest person named before it: a deck entity mentioned
    after the one the text resolved it to (and outside anyone's reported words) wins."""
    lo, hi = att.mention_at, att.pronoun_at
    said = [(a.words_start, a.words_end) for a in found]
    best, best_at = "", lo - 1
    for group in _groups(entities):
        for alias in group:
            if len(alias) < 2:
                continue
            at = text.rfind(alias, lo, hi)
            while at > best_at:
                end = at + len(alias)
                bounded = not alias[0].isascii() or (
                    (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                )
                # (Lizzo reflected on Beyoncé's achievement: "…," she said: a possessor owns a thing in another's
                # clause, and the pronoun goes on naming that clause's subject)
                # (a possessor opening its sentence is its topic: Lizzo's song won … She dedicated …)
                possessor = any(text.startswith(other, at) and text.startswith("'", at + len(other)) for other in group) \
                    and text[max(text.rfind(c, 0, at) for c in ".!?。!?\n") + 1 : at].strip(' "')

                if bounded and not possessor and not any(s <= at < e for s, e in said):
                    best, best_at = alias, at
                    break
                at = text.rfind(alias, lo, at)
    if not best:
        return att
    # She married Sam Walton … She once said: a name in a sentence whose subject is the same pronoun
    # is that subject's object, and the pronoun goes on naming the subject, not the name.
    start = max(text.rfind(c, 0, best_at) for c in ".!?。!?\n") + 1
    lead = text[start:best_at].split()
    if att.speaker in _PRONOUNS and lead and lead[0].strip('"') == att.speaker:
        # it names whom that sentence's pronoun names: look before that sentence
        return _nearer_entity(att._replace(pronoun_at=start), text, found, entities)._replace(pronoun_at=att.pronoun_at)
    return att._replace(speaker=best, implicit=False, mention_at=best_at)


# An earnings-call transcript heads each turn with label lines: the speaker's name (capitalised
# words or initials, or a short CJK name), then "Company - Role"; or one line "Name -- Role" whose
# role is a title; or the call's own voice alone on its line (Operator). The turn's words run to the
# next label, with no colon and no speech verb; a name addressed inside the turn (Barry, / Thanks,
# Sarah) speaks none of them. Read on the raw cite: folding has made line breaks spaces.
_TRANSCRIPT_NAME_RE = lazy(r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:[ \t]+(?:[A-Z][\w'’-]*\.?|[A-Z]\.)){1,4}|[\u3400-\u9fff][\u3400-\u9fff·]{1,5}")
_TRANSCRIPT_ROLE_RE = lazy(r"[^\n.!?。!?:]{2,80}?[ \t]+[-–—][ \t]+[^\n!?。!?:]{1,60}")
_TRANSCRIPT_DASH_RE = lazy(r"[ \t]+(?:--?|[–—])[ \t]+")
_TRANSCRIPT_VOICES = frozenset({"operator", "moderator", "host", "presenter", "主持人"})
_TRANSCRIPT_SENTENCE_RE = lazy(r"[.!?。!?]\s*\Z|:")  # a role is no sentence: "Name - he said so."
# A speech's label alone on its line, a title and a name then a colon (President Lyndon B. Johnson:,
# Secretary of Labor W. Willard Wirtz:): two capitalised words or more, a heading's one word (Background:) is none.
_TRANSCRIPT_COLON_RE = lazy(r"((?:[A-Z][\w'’-]*\.?|[A-Z]\.)(?:[ \t]+(?:of|for|the|and|on|[A-Z][\w'’-]*\.?|[A-Z]\.)){0,8}"
                            r"[ \t]+(?:[A-Z][\w'’-]*\.?|[A-Z]\.))[ \t]*:")


# A wire's brief heads its bullet lines with a dateline, the wire in brackets and the name whose announcement they
# are, then a colon (Feb 19 (Reuters) - Capital One Financial Corp:): the bullets are that name's, not the wire's.
_BRIEF_LABEL_RE = lazy(r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?(?:[ \t]+\d{4})?[ \t]+)?\([A-Z][\w&.' -]{1,30}\)[ \t]*[-–—][ \t]*"
                       r"([A-Z0-9][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,7})[ \t]*:")
_BULLET_RE = lazy(r"[ \t]*[*•·-][ \t]+\S")


def _transcript_label(lines: list[str], i: int, nxt: int) -> tuple[str, bool] | None:
    """The speaker a transcript label at line ``i`` names (the next non-blank line is ``nxt``),
    and whether the label takes that line too (a role line), or None."""
    line = lines[i].strip()
    if _TRANSCRIPT_NAME_RE.fullmatch(line) and nxt < len(lines) and _TRANSCRIPT_ROLE_RE.fullmatch(lines[nxt].strip()):
        return line, True
    dash = _TRANSCRIPT_DASH_RE.search(line)
    if dash and _TRANSCRIPT_NAME_RE.fullmatch(line[: dash.start()]) and _ROLE_RE.search(normalize(line[dash.end() :])) \
            and not _TRANSCRIPT_SENTENCE_RE.search(line[dash.end() :]):
        return line[: dash.start()], False
    if line.lower() in _TRANSCRIPT_VOICES:
        return line, False
    colon = _TRANSCRIPT_COLON_RE.fullmatch(line) if len(line) <= 60 else None
    if colon:
        return colon[1], False
    brief = _BRIEF_LABEL_RE.fullmatch(line) if len(line) <= 100 else None
    if brief and nxt < len(lines) and _BULLET_RE.match(lines[nxt]):
        return brief[1], False
    return None


# A speaker's name in capitals opening a line, with its colon, and the words after it on the line (MS. GOPINATH: Thank you.)
_SPK_INLINE_LABEL_RE = lazy(r"[ \t]*((?:(?:MR|MRS|MS|DR|PROF)\.[ \t]+)?[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]*:[ \t]*(?=\S)")


def _transcript_turns(cite: str, text: str) -> list[Attribution]:
    """The turns of a transcript in ``cite`` (its normalized form is ``text``), each said by
    the person its label lines name."""
    lines = cite.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    full = [i for i, line in enumerate(lines) if line.strip()]
    heads: list[tuple[int, int, str]] = []  # (label line, first line of the words, speaker)
    k = 0
    while k < len(full) - 1:
        i = full[k]
        label = _transcript_label(lines, i, full[k + 1])
        words = k + 1 + bool(label and label[1])
        if label and words < len(full):
            heads.append((i, full[words], label[0]))
            k = words
        else:
            k += 1
    out = []
    inline = [(i, m) for i in full if (m := _SPK_INLINE_LABEL_RE.match(lines[i]))]
    if len(inline) >= 2:
        # MR. ANSPACH: Welcome … / MS. GOPINATH: Thank you. …: each capitalised name opening its line with a colon heads a
        # turn on that line, which runs to the next such line
        for (i, m), nxt in zip(inline, [*(j for j, _ in inline[1:]), len(lines)]):
            ws = len(normalize(cite[: starts[i] + m.end()]))
            we = len(normalize(cite[: starts[nxt] - 1]))
            while we > ws and text[we - 1] == " ":
                we -= 1
            if we > ws:
                out.append(Attribution(normalize(m[1].strip()), ":", ws, we))
    for (_, first, speaker), nxt in zip(heads, [*(h[0] for h in heads[1:]), len(lines)]):
        ws = len(normalize(cite[: starts[first]]))
        we = len(normalize(cite[: starts[nxt] - 1]))
        while we > ws and text[we - 1] == " ":
            we -= 1
        if we > ws:
            out.append(Attribution(normalize(speaker.strip()), "label", ws, we))
    return out


# A question asking where a figure or a statement comes from by a marker (据哪家媒体, 根据哪个机构的
# 预估, 来自哪个工作专班, 哪个机构发布的, 谁预期…) is answered by the name the cite ties to that same
# marker: after 据/来自 (据光明网消息, 来自2024年X数据显示), or before 所发布/预估/预期/记载
# (主计总处所发布, 央行预估,, 鸿海预期消费…). Each family of markers, as the question and the cite write it.
_ZH_MARK_FAMILIES = (("据",), ("来自",), ("发布", "公布"), ("预估", "预计", "预期", "预测", "估计", "预料"), ("记载",))
# The question asks the marker's name only where its wh-word fills the name's place (据哪家, 来自哪个,
# 哪个机构发布的, 哪个机构的预估, 谁预期); a marker written with its name (主计总处预测…之后,谁…) is given.
_ZH_ASKED_MARK_RE = lazy(
    r"(据|来自)(?:哪|什么|谁)|(?:谁|哪[^\s,;:?!。]{0,4}?|什么[^\s,;:?!。]{0,4}?)(?:的|所)?"
    r"(发布|公布|预估|预计|预期|预测|记载)",
    needs=("哪", "什么", "谁"),
)
_ZH_ASKED_VERB_RE = lazy(r"(?:谁|哪[^\s,;:?!。]{0,4}?|什么[^\s,;:?!。]{0,4}?)(?:的|所)?(发布|公布|预估|预计|预期|预测|估计|预料|记载)",
                         needs=("哪", "什么", "谁"))
_ZH_MARK_BEFORE_RE = lazy(r"(?:据|来自)(?:\d{4}年)?\Z", needs=("据", "来自"))
_ZH_MARK_AFTER_RE = lazy(r"所?(发布|公布|预估|预计|预期|预测|记载)", needs=("发布", "公布", "预估", "预计", "预期", "预测", "记载"))
_FIGURE_IN_QUESTION_RE = lazy(r"\d[\d.,]*%?")


# The name a cite ties to a marker: after 据/依/来自 up to what it reports (据央视新闻报道, 据灯塔专业版,, 依主计总处统计,
# 据光明网10月5日下午消息), or the subject of a marker verb's clause (猫眼专业版预测…, 《财政预算案》估计…).
_ZH_MARKED_AFTER_RE = lazy(
    r"(?:(?<![数证占票收单依根])据|根据|依据|(?<![皈])依(?=[^\W\d_a-z]{2,12}?(?:统计|数据|资料))|来自)(?:\d{4}年)?"
    r"([^\W\d_a-z][^\s\d,;:。!?\"、]{1,15}?)(?:\d{1,2}月\d{1,2}日)?(?:[上下]午|晚间)?的?"
    r"(?=报道|报导|消息|统计|数据|资料|报告|发布|公布|显示|,)",
    needs=("据", "依", "来自"),
)
_ZH_MARK_VERB_RE = lazy(r"(?<![的被据])(发布|公布|预估|预计|预期|预测|估计|预料|记载)", needs=("发布", "公布", "预估", "预计", "预期", "预测", "估计", "预料", "记载"))


_ZH_PERSON_PRONOUN_RE = lazy(r"[我你您他她它其咱](?:们|等|俩)?\Z")


def _asked_marks(q: str) -> set[str]:
    """The markers whose name the question asks (据哪家媒体 → 据; 谁预测 → the forecast verbs); in 根据哪个机构发布的 the
    wh-word's own verb is asked, 根据 only frames it."""
    verbs = {m.start(): m[1] for m in _ZH_ASKED_VERB_RE.finditer(q)}
    said = {m[1] or m[2] for m in _ZH_ASKED_MARK_RE.finditer(q) if not (m[1] and m.end() - 1 in verbs)}
    said |= set(verbs.values())
    return {m for family in _ZH_MARK_FAMILIES if said & set(family) for m in family}


def _marked_names(text: str, q: str) -> list[str]:
    """The names the cite ties to the source marker the question asks by (据哪个平台, 谁预测, 哪个机构发布的), over the
    figures the question names: another name given for them is another source (DG401), not a missing speaker."""
    asked = _asked_marks(q)
    if not asked:
        return []
    figures = [f.rstrip(".,") for f in _FIGURE_IN_QUESTION_RE.findall(q)]
    found: list[tuple[int, str]] = []
    if "据" in asked or "来自" in asked:
        found += [(m.start(1), m[1]) for m in _ZH_MARKED_AFTER_RE.finditer(text)]
    verbs = asked - {"据", "来自"}
    hidden = _layout(text).hidden if '"' in text else b""
    for m in _ZH_MARK_VERB_RE.finditer(text):
        if m[1] in verbs:
            if hidden and hidden[m.start()]:
                return []  # (a forecast inside someone's quoted words: the speaker's, for the attributions to tell)
            start = max(text.rfind(c, 0, m.start()) for c in ",;:。!? ") + 1
            who = _zh_region(text[start : m.start()])[0].strip("《》")
            if not who.strip() and text[start - 1 : start] == ",":  # (陈茂波,今日宣读…,预料…: the sentence's subject)
                first = max(text.rfind(c, 0, start) for c in "。!? ") + 1  # (a space: a paragraph's start)
                comma = text.find(",", first)
                who = _zh_region(text[first:comma])[0].strip("《》") if 0 <= comma < start else ""
            if _ZH_PERSON_PRONOUN_RE.match(who):
                return []  # (我们预测…, 他预计…: who is meant is for the attributions to tell)
            if len(who) >= 2 and not who[0].isdigit():
                found.append((start, who))
    names = []
    spoken = attributions(text) if found else []
    for at, who in found:
        stop = min([i for i in (text.find(c, at) for c in _TERMINATORS) if i >= 0] + [len(text)])
        stop = min([a.words_start for a in spoken if not a.data and who not in a.speaker and at + len(who) < a.words_start < stop] + [stop])  # (up to a speaker's words)
        if all(f in text[at:stop] for f in figures):
            names.append(who)
    return names


def _marked_source(names: Iterable[str], text: str, q: str) -> bool:
    """Whether the cite ties one of ``names`` to the source marker the question asks by, over
    the figures the question names (the marker's scope is its sentence, up to where another's
    words begin)."""
    asked = _asked_marks(q)  # the marker whose name the question asks
    if not asked:
        return False
    figures = [f.rstrip(".,") for f in _FIGURE_IN_QUESTION_RE.findall(q)]
    found: list[Attribution] | None = None
    for n in names:
        if len(n) < 2:
            continue
        at = text.find(n)
        while at >= 0:
            end = at + len(n)
            before = _ZH_MARK_BEFORE_RE.search(text, max(0, at - 8), at)
            after = _ZH_MARK_AFTER_RE.match(text, end)
            mark = ("来自" if before.group().startswith("来自") else "据") if before else (after[1] if after else "")
            if mark in asked:
                found = attributions(text) if found is None else found
                stop = min([i for i in (text.find(c, end) for c in _TERMINATORS) if i >= 0] + [len(text)])
                stop = min([a.words_start for a in found if end < a.words_start < stop] + [stop])
                start = max(text.rfind(c, 0, at) for c in _TERMINATORS) + 1
                scope = text[start:stop]
                if all(f in scope for f in figures):
                    return True
            at = text.find(n, at + 1)
    return False


# The one asked answers: after "A问B…" (法官问黄俊杰是否服从判决时,他…说道 / 有人问胡亚美,什么时候最快乐?她笑着说),
# a pronoun that then speaks is B, the one asked, not A who asked.
_ZH_ASKED_RE = lazy(r"问([^\W\d_a-z]{2,4}?)(?=[,:]|是否|为什么|为何|什么|怎么|如何|能否|可否|有没有|会不会|何时|哪)", needs="问")
_ZH_HE_SHE = frozenset({"他", "她"})


def _asked_one(att: Attribution, text: str) -> Attribution:
    """A pronoun speaker read as the one a question was just put to, when the sentence before its words says so."""
    if att.speaker not in _ZH_HE_SHE and not (att.implicit and att.speaker[:1] in _ZH_HE_SHE):
        return att
    at = text.rfind(att.speaker[:1], 0, att.words_start)
    lo = max(0, at - 40, text.rfind("。", 0, at) + 1)
    asked = [m for m in _ZH_ASKED_RE.finditer(text, lo, at)]
    if at < 0 or not asked:
        return att
    return att._replace(speaker=asked[-1][1], implicit=False, pronoun_at=-1)


def _nested_asked(found: list[Attribution], text: str, q: str) -> list[Attribution]:
    """Which of several attributions a question asks, by what it writes itself. A speaker the question writes with
    its verb (谁指出台经院说…) is inside the words asked about, so another spoke them; a figure the question quotes
    (谁说今年大概1%左右) is in the words of the one asked. Nothing where neither tells them apart."""
    from .quantities import parse_quantities

    def key(a: Attribution) -> str:
        return f"{a.speaker}{a.verb}" if _is_zh(a.verb[:1]) else f"{a.speaker} {a.verb}"

    kept = [a for a in found if not (len(a.speaker) > 1 and key(a) in q)]
    if not kept:
        kept = list(found)
    asked = {(x.value, x.unit or "") for x in parse_quantities(q)}
    if asked:
        held = [a for a in kept if asked & {(x.value, x.unit or "") for x in parse_quantities(text[a.words_start:a.words_end])}]
        if held:
            kept = held
    return kept if len(kept) < len(found) else []


def _within_line(a: Attribution, lines: list[str]) -> Attribution:
    """A speaker's name never runs across lines: above "Fisher-Price announced …", a headline and a byline line are
    lines of their own (normalising made the breaks spaces; ``lines`` are the cite's, each normalised), so the subject is
    the part on the verb's own line."""
    if any(a.speaker in line for line in lines):
        return a
    cut = a.speaker.rfind(" ")
    while cut > 0:
        tail = a.speaker[cut + 1:]
        if any(line.startswith(tail) for line in lines):
            return a._replace(speaker=tail)
        cut = a.speaker.rfind(" ", 0, cut)
    return a


def check_speaker(
    answer: str,
    cite: str,
    question: str = "",
    entities: Mapping[str, Sequence[str]] = {},  # noqa: B006 - read only
) -> list[Mismatch]:
    """Check that ``answer`` is who the cite says spoke the words asked about.

    With several attributions in the cite, the one whose words best overlap
    the question's quoted words (or, without quotes, the question) decides;
    ties keep every tied attribution in play.
    """
    text = _single_quotes_paired(normalize(cite))
    q = normalize(question) if question else ""
    if q and _marked_source(_answer_names(answer, entities), text, q):
        return []
    marked = _marked_names(text, q) if q else []
    if marked:
        if any(_ends_with(m, n) or n in m or m in n for m in marked for n in _answer_names(answer, entities) if len(n) >= 2):
            return []
        who = " or ".join(dict.fromkeys(_as_cited(m, cite, text) for m in marked))
        return [Mismatch("DG401", f"the cite gives these figures on the word of {who}, not {answer.strip()}")]
    # "Who predicted a rebound?": the question's own weak verb (predicted, stressed …) is speech in
    # the cite without a quote beside it, since the question asks who did just that
    asked = _EN_WHO_VERB_RE.match(normalize(question).strip()) if question else None
    found = list(_attributions(text, frozenset((asked[1],)))) if asked and asked[1] in _EN_WEAK_VERBS else attributions(text)
    if "\n" in cite:
        turns = _transcript_turns(cite, text)
        cuts = sorted(t.words_start for t in turns if t.verb == ":")
        # (a label's words, or anyone's, end where the next turn's line begins)
        found = [
            a._replace(words_end=min([c - 1 for c in cuts if a.words_start < c - 1 < a.words_end] + [a.words_end])) for a in found
        ]
        found = [*turns, *found]
        lines = [normalize(line) for line in cite.split("\n")]
        found = [_within_line(a, lines) for a in found]
    # A source of figures answers "according to whom", not "who said"; and "who estimated" (found, judged, concluded
    # …): a question asking by a finding's own verb asks who found it.
    if not _SOURCE_QUESTION_RE.search(normalize(question)) and not (asked and asked[1] in _EN_FINDING_VERBS):
        sources = [a.name for a in found if a.data]
        found = [a for a in found if not a.data]
        if not found and sources:
            return [
                Mismatch(
                    "DG402",
                    f"the cite has no attributed speech: {' and '.join(dict.fromkeys(_as_cited(s, cite, text) for s in sources))} "
                    "is a source of data (数据显示, data show), not a speaker of words; "
                    'ask "according to whom" for a source',
                )
            ]
    if not found:
        return [
            Mismatch(
                "DG402",
                "the cite has no attributed speech: no speaker governs its words "
                "with a speech verb (表示, 说, said …)",
            )
        ]
    if "问" in text:
        found = [_asked_one(a, text) for a in found]
    if entities and any(a.pronoun_at >= 0 for a in found):
        found = [_nearer_entity(a, text, found, entities) if a.pronoun_at >= 0 else a for a in found]
    chosen = found
    if question and len(found) > 1:
        found = _nested_asked(found, text, q) or found
        chosen = found
    if question:
        score = _question_scorer(normalize(question))
        scores = [score(text[a.words_start : a.words_end]) for a in found]
        best = max(scores)
        narration = max((score(text[a:b]) for a, b in _narration(text, found)), default=0.0)
        if narration >= _NARRATION_OVERLAP and narration - best >= _NARRATION_MARGIN:
            return [
                Mismatch(
                    "DG402",
                    "the cite does not attribute the words the question asks about: they are its own "
                    "narration, outside what anyone is said to have said",
                )
            ]
        if len(found) > 1 and best >= _MIN_OVERLAP:
            chosen = [a for a, s in zip(found, scores) if s >= best - 1e-9]
            # 据证券日报报道,分析师李怀斌表示,…: a relay's words that hold another's saying are that one's; the relay
            # answers only when the question asks by its own verb (据哪家媒体报道)
            inner = [a for a in chosen if not any(
                b is not a and a.words_start < b.words_start and b.words_end <= a.words_end and a.verb not in q for b in chosen
            )]
            chosen = inner or chosen
    names = _answer_names(answer, entities)
    if any(_speaker_matches(a, names) for a in chosen):
        return []
    groups = _groups(entities)
    if any(_title_refers_to(a, names, groups, text) for a in chosen):
        return []
    if any(_spk_pronoun_opened_by(a, text, names) for a in chosen):
        return []
    who = " or ".join(dict.fromkeys(_as_cited(a.name, cite, text) for a in chosen))
    return [
        Mismatch(
            "DG401",
            f"the cite attributes these words to {who}, not {answer.strip()}",
        )
    ]


def _spk_pronoun_opened_by(att: Attribution, text: str, names: Iterable[str]) -> bool:
    """A 他/她 the text left unresolved (no one spoke before it) names whoever opens a clause before it in its sentence or
    the one before (一个月后,孟晚舟回到华为上班,她在总部感谢员工:"…"): whether one of ``names`` opens such a clause; a
    name inside a clause (回到华为) is no subject."""
    if att.speaker not in _ZH_HE_SHE:
        return False
    at = att.pronoun_at if att.pronoun_at >= 0 else att.words_start
    own = max(text.rfind(c, 0, at) for c in _TERMINATORS)
    lo = max(text.rfind(c, 0, own) for c in _TERMINATORS) + 1 if own >= 0 else 0
    names = [n for n in names if len(n) >= 2 and _is_cjk(n[0])]
    for c in sorted({lo, *(i + 1 for i in range(lo, at) if text[i] in ",;。!? ")}, reverse=True):
        if c < at and any(text.startswith(n, c) for n in names):
            return True
    return False


def _as_cited(name: str, cite: str, text: str) -> str:
    """``name``, found in the cite's normalized ``text``, as the cite writes it (黃仁勳, Maria Lopez)."""
    at = text.find(name)
    if at < 0:
        return name
    folded = fold(cite, keep_spaces=True)
    a, b = folded.span(at, at + len(name))
    return cite[a:b]
