/**
 * Course-wide quiz guards: measures of whether the quizzes can be passed without reading
 * (answer length and position cues, unbalanced true/false keys, one fixed number of right
 * options) and whether they measure transfer. Pure: parsed quizzes in, figures and
 * trainer-worded problems out. The thresholds are the course's quality bar, not tuning knobs.
 */
import type { Answer } from '../../progress/model/document.ts';
import { layoutQuestion } from '../../question/model/layout.ts';
import { scoreQuiz } from '../../question/model/scoring.ts';
import type { Problem } from './problems.ts';
import type { Question, Quiz } from '../../course/model/schemas.ts';

/** A quiz as the guards see it: its id (file name) and where it lives. */
export interface GuardQuiz {
  id: string;
  file: string;
  quiz: Quiz;
}

/** The limits every guard checks against. */
export const LIMITS = {
  /** Single + scenario: the key may be the strictly longest option in at most this share of questions. */
  keyLongestShare: 0.35,
  /** Single + scenario: median of key length ÷ mean distractor length. */
  keyRatioMedian: 1.3,
  /** Share of the course's points a reading-free strategy may earn. */
  strategyShare: 0.4,
  /** True/false: share of questions whose answer is 「對」. */
  trueShareMin: 0.4,
  trueShareMax: 0.6,
  /** Multiple: distinct numbers of right options across the course. */
  multipleDistinctCounts: 3,
  /** Share of apply questions in every quiz. */
  applyShareMin: 0.5,
  /** Questions per skill across the course, and self-assessment items per skill. */
  questionsPerSkill: 4,
  itemsPerSkill: 3,
} as const;

/** Length of an option as a reader sees it: characters, whitespace not counted. */
export const textLength = (text: string): number => [...text.replace(/\s+/g, '')].length;

const pct = (x: number) => `${Math.round(x * 100)}%`;
const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));
const where = (quiz: string, question: string) => `${quiz} › ${question}`;
const QUIZ_DIR = 'content/quizzes/';

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// ── Key length ──────────────────────────────────────────────────────────────────────

/** One single or scenario question's key against its distractors. */
export interface KeyLength {
  quiz: string;
  question: string;
  key: number;
  longestDistractor: number;
  meanDistractor: number;
  /** key ÷ mean distractor length. */
  ratio: number;
  strictlyLongest: boolean;
}

export interface KeyLengthFigures {
  questions: KeyLength[];
  strictlyLongest: number;
  share: number;
  medianRatio: number;
}

/** Key length against distractor length for every single and scenario question. */
export function keyLengths(quizzes: readonly GuardQuiz[]): KeyLengthFigures {
  const questions: KeyLength[] = [];
  for (const { id, quiz } of quizzes) {
    for (const q of quiz.questions) {
      if (q.type !== 'single' && q.type !== 'scenario') continue;
      const isKey = (o: (typeof q.options)[number]) => ('score' in o ? o.score === 2 : o.correct === true);
      const key = q.options.find(isKey);
      const others = q.options.filter((o) => o !== key);
      if (!key || others.length === 0) continue;
      const lengths = others.map((o) => textLength(o.text));
      const keyLen = textLength(key.text);
      const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
      const longest = Math.max(...lengths);
      questions.push({
        quiz: id,
        question: q.id,
        key: keyLen,
        longestDistractor: longest,
        meanDistractor: mean,
        ratio: mean === 0 ? Infinity : keyLen / mean,
        strictlyLongest: keyLen > longest,
      });
    }
  }
  const strictlyLongest = questions.filter((q) => q.strictlyLongest).length;
  return {
    questions,
    strictlyLongest,
    share: questions.length ? strictlyLongest / questions.length : 0,
    medianRatio: median(questions.map((q) => q.ratio)),
  };
}

/** Problems when the key stands out by length too often or by too much. */
export function keyLengthProblems(figures: KeyLengthFigures): Problem[] {
  const problems: Problem[] = [];
  const n = figures.questions.length;
  const worst = [...figures.questions].filter((q) => q.strictlyLongest).sort((a, b) => b.ratio - a.ratio);
  const list = worst
    .map((q) => `${where(q.quiz, q.question)}（答案 ${q.key} 字，其他平均 ${Math.round(q.meanDistractor)} 字）`)
    .join('、');
  if (figures.share > LIMITS.keyLongestShare) {
    problems.push({
      file: QUIZ_DIR,
      field: '單選題與情境題',
      value: `${figures.strictlyLongest}/${n} = ${pct(figures.share)}`,
      message: `正確答案（情境題是 2 分的選項）剛好是最長選項的題目太多，上限是 ${pct(LIMITS.keyLongestShare)}；學員只挑最長的就能答對。這些題目的答案最長：${list}`,
      fix: '把答案寫短，或把其他選項寫得一樣具體（一樣帶理由、做法或條件），讓長度差不多（答案約在其他選項平均長度的 ±20% 以內）',
    });
  }
  if (figures.medianRatio > LIMITS.keyRatioMedian) {
    problems.push({
      file: QUIZ_DIR,
      field: '單選題與情境題',
      value: `${fmt(figures.medianRatio)} 倍`,
      message: `正確答案長度除以其他選項平均長度，全課程的中位數超過上限 ${LIMITS.keyRatioMedian} 倍`,
      fix: '先改上一條列出的題目：答案和其他選項的長度要相近；近似錯誤的選項也要寫出完整的做法或理由',
    });
  }
  return problems;
}

// ── Reading-free strategies ─────────────────────────────────────────────────────────

/** A way of answering without reading: the answer it gives to a question, laid out as on the first view. */
export type Strategy = (quizId: string, question: Question) => Answer | undefined;

/**
 * What a learner submits for an order or match question without reading it: the steps in the
 * order first shown, and each left-hand item paired with the choice shown in the same row.
 * Authors write steps and pairs in the right order, but the first view shuffles both
 * (`layoutQuestion`), so "the authored order" is never what a guesser can see.
 */
function asShown(quizId: string, q: Question): Answer | undefined {
  const layout = layoutQuestion(quizId, q, 0);
  if (q.type === 'order') return layout.items;
  if (q.type === 'match') return Object.fromEntries(layout.lefts.map((left, i) => [left, layout.rights[i] ?? '']));
  return undefined;
}

/**
 * "Always pick the first option": the first option as authored. The quiz shuffles options on
 * every view, but authored order is what a trainer controls, and it must not give the key away.
 */
export const pickFirst: Strategy = (quizId, q) => {
  if (q.type === 'order' || q.type === 'match') return asShown(quizId, q);
  const first = q.options[0]?.id;
  if (first === undefined) return undefined;
  return q.type === 'multiple' ? [first] : first;
};

/**
 * "Always pick the longest option": the longest option (the first authored of equals); in a
 * multiple-choice question every option at least as long as the question's mean option length.
 */
export const pickLongest: Strategy = (quizId, q) => {
  if (q.type === 'order' || q.type === 'match') return asShown(quizId, q);
  const options = q.options;
  if (options.length === 0) return undefined;
  const lengths = options.map((o) => textLength(o.text));
  if (q.type === 'multiple') {
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    return options.filter((_, i) => lengths[i]! >= mean).map((o) => o.id);
  }
  const longest = Math.max(...lengths);
  return options[lengths.indexOf(longest)]!.id;
};

export interface StrategyFigures {
  earned: number;
  possible: number;
  share: number;
  /** Per quiz, highest share first. */
  quizzes: { quiz: string; earned: number; possible: number; share: number }[];
}

/** The share of the course's points a strategy earns, scored with the quiz's own scoring (`scoreQuiz`). */
export function strategyScore(quizzes: readonly GuardQuiz[], strategy: Strategy): StrategyFigures {
  let earned = 0;
  let possible = 0;
  const perQuiz = quizzes.map(({ id, quiz }) => {
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, strategy(id, q)]));
    const score = scoreQuiz(quiz, answers);
    earned += score.earned;
    possible += score.possible;
    return {
      quiz: id,
      earned: score.earned,
      possible: score.possible,
      share: score.possible ? score.earned / score.possible : 0,
    };
  });
  return {
    earned,
    possible,
    share: possible ? earned / possible : 0,
    quizzes: perQuiz.sort((a, b) => b.share - a.share),
  };
}

const STRATEGY_NAMES = { first: '永遠選第一個選項', longest: '永遠選最長的選項' } as const;

/** A problem when a reading-free strategy earns more than the limit. */
export function strategyProblems(name: keyof typeof STRATEGY_NAMES, figures: StrategyFigures): Problem[] {
  if (figures.share <= LIMITS.strategyShare) return [];
  const top = figures.quizzes
    .filter((q) => q.share > LIMITS.strategyShare)
    .map((q) => `${q.quiz} ${pct(q.share)}`)
    .join('、');
  const fix =
    name === 'first'
      ? '把正確答案平均分散在 a、b、c、d 各位置（每個位置大約四分之一），是非題的「對」「錯」各半'
      : '讓正確答案和其他選項長度相近；複選題裡正確的選項不要都是比較長的那幾個';
  return [
    {
      file: QUIZ_DIR,
      field: '全部測驗',
      value: `${fmt(figures.earned)}/${figures.possible} 分 = ${pct(figures.share)}`,
      message: `不看題目、「${STRATEGY_NAMES[name]}」就能拿到全課程 ${pct(figures.share)} 的分數，上限是 ${pct(LIMITS.strategyShare)}。超過上限的測驗：${top}`,
      fix,
    },
  ];
}

// ── True/false and multiple ─────────────────────────────────────────────────────────

/** Whether a true/false question's answer is 「對」 (option id "true", or text 對/正確). */
function answerIsTrue(q: Extract<Question, { type: 'truefalse' }>): boolean {
  const key = q.options.find((o) => o.correct === true);
  return key !== undefined && (key.id === 'true' || /^(對|正確)$/.test(key.text.trim()));
}

export interface TrueFalseFigures {
  total: number;
  trueCount: number;
  share: number;
  trueQuestions: string[];
  falseQuestions: string[];
}

/** How many true/false questions have 「對」 as their answer. */
export function trueFalseBalance(quizzes: readonly GuardQuiz[]): TrueFalseFigures {
  const trueQuestions: string[] = [];
  const falseQuestions: string[] = [];
  for (const { id, quiz } of quizzes)
    for (const q of quiz.questions)
      if (q.type === 'truefalse') (answerIsTrue(q) ? trueQuestions : falseQuestions).push(where(id, q.id));
  const total = trueQuestions.length + falseQuestions.length;
  return {
    total,
    trueCount: trueQuestions.length,
    share: total ? trueQuestions.length / total : 0,
    trueQuestions,
    falseQuestions,
  };
}

/** A problem when the true/false answers lean to one side. */
export function trueFalseProblems(f: TrueFalseFigures): Problem[] {
  if (f.total === 0 || (f.share >= LIMITS.trueShareMin && f.share <= LIMITS.trueShareMax)) return [];
  const tooFewTrue = f.share < LIMITS.trueShareMin;
  return [
    {
      file: QUIZ_DIR,
      field: '是非題',
      value: `「對」${f.trueCount} 題、「錯」${f.total - f.trueCount} 題（「對」占 ${pct(f.share)}）`,
      message: `是非題的答案要大約一半「對」、一半「錯」（「對」占 ${pct(LIMITS.trueShareMin)} 到 ${pct(LIMITS.trueShareMax)}），否則學員一律猜「${tooFewTrue ? '錯' : '對'}」也能拿高分。答案是「${tooFewTrue ? '錯' : '對'}」的題目：${(tooFewTrue ? f.falseQuestions : f.trueQuestions).join('、')}`,
      fix: tooFewTrue
        ? '把其中幾題改寫成需要想一想才能判斷的正確陳述（不是照抄課文），讓「對」「錯」各半'
        : '把其中幾題改寫成看似合理、其實錯誤的陳述，讓「對」「錯」各半',
    },
  ];
}

export interface MultipleFigures {
  /** Number of right options → questions with that number. */
  counts: Map<number, string[]>;
}

/** How many right options each multiple-choice question has. */
export function multipleCounts(quizzes: readonly GuardQuiz[]): MultipleFigures {
  const counts = new Map<number, string[]>();
  for (const { id, quiz } of quizzes)
    for (const q of quiz.questions)
      if (q.type === 'multiple') {
        const n = q.options.filter((o) => o.correct === true).length;
        counts.set(n, [...(counts.get(n) ?? []), where(id, q.id)]);
      }
  return { counts };
}

/** A problem when multiple-choice questions always have the same number of right options. */
export function multipleProblems(f: MultipleFigures): Problem[] {
  if (f.counts.size === 0 || f.counts.size >= LIMITS.multipleDistinctCounts) return [];
  const spread = [...f.counts]
    .sort(([a], [b]) => a - b)
    .map(([n, qs]) => `${n} 個正確 ${qs.length} 題`)
    .join('、');
  return [
    {
      file: QUIZ_DIR,
      field: '複選題',
      value: spread,
      message: `複選題的正確選項數目只有 ${f.counts.size} 種，至少要有 ${LIMITS.multipleDistinctCounts} 種（例如有的 1 個、有的 2 個、有的 3 個，偶爾全部都對），否則學員會猜「每題都是 ${[...f.counts.keys()][0]} 個」`,
      fix: '改寫幾題複選題的選項，讓正確選項的數目在各題之間不同',
    },
  ];
}

// ── Kind: apply and recall ──────────────────────────────────────────────────────────

export interface KindFigures {
  missing: string[];
  quizzes: { quiz: string; file: string; apply: number; total: number; share: number }[];
}

/** Which questions have no kind, and the share of apply questions per quiz. */
export function kinds(quizzes: readonly GuardQuiz[]): KindFigures {
  const missing: string[] = [];
  const perQuiz = quizzes.map(({ id, file, quiz }) => {
    for (const q of quiz.questions) if (q.kind === undefined) missing.push(where(id, q.id));
    const apply = quiz.questions.filter((q) => q.kind === 'apply').length;
    const total = quiz.questions.length;
    return { quiz: id, file, apply, total, share: total ? apply / total : 0 };
  });
  return { missing, quizzes: perQuiz };
}

/** Problems for questions without a kind and quizzes with too little transfer. */
export function kindProblems(f: KindFigures): Problem[] {
  const problems: Problem[] = [];
  if (f.missing.length > 0) {
    problems.push({
      file: QUIZ_DIR,
      field: 'kind',
      value: `${f.missing.length} 題`,
      message: `這些題目沒有寫 kind：${f.missing.join('、')}`,
      fix: '每題加上 kind: apply（新情境：店名、人名和數字不是課文案例裡的）或 kind: recall（回想課文說過的內容）',
    });
  }
  for (const q of f.quizzes) {
    if (q.share >= LIMITS.applyShareMin) continue;
    problems.push({
      file: q.file,
      field: 'kind',
      value: `apply ${q.apply}/${q.total} 題 = ${pct(q.share)}`,
      message: `這份測驗的應用題（kind: apply）不到一半，下限是 ${pct(LIMITS.applyShareMin)}`,
      fix: '把幾題回想題改寫成新情境：換一家店、換一組數字，請學員判斷怎麼做，並標上 kind: apply',
    });
  }
  return problems;
}

// ── Coverage per skill ──────────────────────────────────────────────────────────────

export interface SkillCoverage {
  skill: string;
  title: string;
  questions: number;
  items: number;
}

/** Quiz questions and self-assessment items per skill. */
export function skillCoverage(
  skills: readonly { id: string; title: string }[],
  quizzes: readonly GuardQuiz[],
  items: readonly { skill: string }[],
): SkillCoverage[] {
  const questions = quizzes.flatMap((q) => q.quiz.questions);
  return skills.map((s) => ({
    skill: s.id,
    title: s.title,
    questions: questions.filter((q) => q.skill === s.id).length,
    items: items.filter((i) => i.skill === s.id).length,
  }));
}

/** Problems for skills with too few questions or too few self-assessment items. */
export function coverageProblems(coverage: readonly SkillCoverage[]): Problem[] {
  const problems: Problem[] = [];
  for (const c of coverage) {
    if (c.questions < LIMITS.questionsPerSkill)
      problems.push({
        file: QUIZ_DIR,
        field: `skill: ${c.skill}`,
        value: `${c.questions} 題`,
        message: `技能「${c.title}」在全部測驗裡只有 ${c.questions} 題，至少要 ${LIMITS.questionsPerSkill} 題，技能落差圖才有足夠的測驗證據`,
        fix: `在教這項技能的課的測驗裡，加題或把題目的 skill 改成 ${c.skill}（題目要真的考這項技能）`,
      });
    if (c.items < LIMITS.itemsPerSkill)
      problems.push({
        file: 'content/assessments/',
        field: `skill: ${c.skill}`,
        value: `${c.items} 題`,
        message: `技能「${c.title}」的自評題只有 ${c.items} 題，至少要 ${LIMITS.itemsPerSkill} 題`,
        fix: `在自評問卷加上 skill: ${c.skill} 的題目，描述最近一個月可以觀察到的做法`,
      });
  }
  return problems;
}
