// Numbers in a plan's prose that count or size something other than a commitment: the plan's own
// structure (4类共20项指标, 涵盖8个方面), the places a sentence is about (市级和5个区分别建立…), and planning
// standards that say how to size a facility (按照人均用地不低于0.2平方米的标准, 按人口的5%配置).

/** What a count of the plan's own contents is followed by. */
const PLAN_PART = /^(?:共\d+项|共)?(?:大|项|类)?(?:主要)?(?:指标|方面|领域|板块|专栏|章|部分|重点任务|主要任务|任务清单|重大工程|重点工程|重大项目清单)/u;
/** Verbs that say the plan holds or spans its parts. */
const PLAN_VERB = /(?:设置|设立|包括|包含|涵盖|涉及|分为|围绕|聚焦|提出|明确|共有|共计|共)$/u;
/** A count of places the sentence is about, followed by what each of them does: "5个区分别建立". */
const PLACES = /^(?:区|县|县区|区县|县\(市、区\)|县\(市\)|县市区|市)(?:分别|均|各|都|全部|要|也|同步)/u;
/** A standard a facility is planned by, not an amount to reach: 按(照)…的标准, 按…配置. */
const STANDARD_BEFORE = /按(?:照)?[^,;。]*$/u;
const STANDARD_AFTER = /^(?:的)?(?:标准|比例|配置|配建|配备|设置|核定|测算|规划)/u;

export interface Around {
  pre: string;
  post: string;
  unit: string;
}

/** Whether a value counts the plan's parts or the places a sentence is about, or sizes a standard. */
export function isScopeOrStandard(c: Around): boolean {
  if (PLAN_PART.test(c.post) && (c.unit === '类' || c.unit === '个' || c.unit === '项' || PLAN_VERB.test(c.pre.trim()) || c.pre.trim() === '')) return true;
  if (PLACES.test(c.post)) return true;
  return STANDARD_BEFORE.test(c.pre) && STANDARD_AFTER.test(c.post);
}
