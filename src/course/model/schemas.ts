/**
 * Schemas of every content file trainers write. Shared by the build-time checks
 * (`validate.ts`) and the Astro content collections, so both agree on the shape.
 */
import { z } from 'zod';
import { TOOL_IDS } from '../../tools/model/catalog.ts';

const id = z
  .string({ required_error: '缺少此欄位', invalid_type_error: '必須是文字' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小寫英文字母、數字與連字號（例如 dual-role）');
const text = z.string({ required_error: '缺少此欄位', invalid_type_error: '必須是文字' }).trim().min(1, '不能是空白');

export const factorIds = ['ability', 'mindset', 'market'] as const;
export type FactorId = (typeof factorIds)[number];

export const factorSchema = z.object({
  id: z.enum(factorIds, {
    errorMap: () => ({ message: '因素只能是 ability（能力）、mindset（心態）或 market（市場）' }),
  }),
  title: text,
  description: text,
});

export const skillSchema = z.object({
  id,
  factor: z.enum(factorIds, {
    errorMap: () => ({ message: '必須是 ability、mindset 或 market 其中之一' }),
  }),
  title: text,
  description: text,
  target: z
    .number({ required_error: '缺少此欄位', invalid_type_error: '必須是 1 到 5 的整數' })
    .int('必須是整數')
    .min(1, '最小是 1')
    .max(5, '最大是 5'),
});

export const frameworkSchema = z.object({
  factors: z.array(factorSchema).length(3, '必須正好列出三個因素：ability、mindset、market'),
  skills: z.array(skillSchema).min(1, '至少要有一項技能'),
});

export const moduleSchema = z.object({
  id,
  title: text,
  summary: text,
  order: z
    .number({ required_error: '缺少此欄位', invalid_type_error: '必須是數字' })
    .int('必須是整數')
    .min(1, '最小是 1'),
});
export const modulesSchema = z.array(moduleSchema).min(1, '至少要有一個模組');

export const lessonSchema = z.object({
  title: text,
  summary: text,
  module: id,
  order: z
    .number({ required_error: '缺少此欄位', invalid_type_error: '必須是數字' })
    .int('必須是整數')
    .min(1, '最小是 1'),
  skills: z
    .array(id, { required_error: '缺少此欄位', invalid_type_error: '必須是清單，例如 [dual-role]' })
    .min(1, '至少列出一項技能'),
  minutes: z
    .number({ required_error: '缺少此欄位', invalid_type_error: '必須是數字（分鐘）' })
    .int('必須是整數')
    .min(1, '最小是 1')
    .max(60, '一課最多 60 分鐘，太長請拆成兩課'),
  objectives: z
    .array(text, { required_error: '缺少此欄位', invalid_type_error: '必須是清單' })
    .min(1, '至少列出一個學習目標'),
  quiz: id.optional(),
  /** The field tool this lesson teaches: the lesson links to it (「在工具裡做一次」) and the tool links back. */
  tool: z.enum(TOOL_IDS, { errorMap: () => ({ message: `必須是其中一個工具：${TOOL_IDS.join('、')}` }) }).optional(),
});

const feedback = text;
const choiceOption = z.object({
  id: z.string({ required_error: '缺少此欄位', invalid_type_error: '必須是文字' }).min(1, '不能是空白'),
  text,
  correct: z.boolean({ invalid_type_error: '必須是 true 或 false' }).optional(),
  feedback,
});
const scenarioOption = z.object({
  id: z.string({ required_error: '缺少此欄位', invalid_type_error: '必須是文字' }).min(1, '不能是空白'),
  text,
  score: z.union([z.literal(0), z.literal(1), z.literal(2)], {
    errorMap: () => ({ message: '必須是 2（最佳）、1（可接受）或 0（不佳）' }),
  }),
  feedback,
});
const base = {
  id: z.string({ required_error: '缺少此欄位', invalid_type_error: '必須是文字' }).min(1, '不能是空白'),
  skill: id,
  /** apply: a new situation; recall: what the lesson said. */
  kind: z
    .enum(['apply', 'recall'], { errorMap: () => ({ message: '必須是 apply（新情境）或 recall（回想課文）' }) })
    .optional(),
  prompt: text,
  explanation: text,
};
const twoPlus = (what: string) => `至少要有兩個${what}`;

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ ...base, type: z.literal('single'), options: z.array(choiceOption).min(2, twoPlus('選項')) }),
    z.object({ ...base, type: z.literal('multiple'), options: z.array(choiceOption).min(2, twoPlus('選項')) }),
    z.object({
      ...base,
      type: z.literal('truefalse'),
      options: z.array(choiceOption).length(2, '是非題必須正好有兩個選項（對/錯）'),
    }),
    z.object({ ...base, type: z.literal('scenario'), options: z.array(scenarioOption).min(2, twoPlus('選項')) }),
    z.object({
      ...base,
      type: z.literal('order'),
      items: z.array(z.object({ id: z.string().min(1, '不能是空白'), text })).min(2, twoPlus('步驟')),
    }),
    z.object({
      ...base,
      type: z.literal('match'),
      pairs: z
        .array(z.object({ id: z.string().min(1, '不能是空白'), left: text, right: text }))
        .min(2, twoPlus('配對')),
    }),
  ],
  {
    errorMap: (issue, ctx) =>
      issue.code === 'invalid_union_discriminator'
        ? { message: '題型必須是 single、multiple、truefalse、order、match 或 scenario' }
        : { message: ctx.defaultError },
  },
);

export const quizSchema = z.object({
  title: text,
  questions: z.array(questionSchema, { required_error: '缺少此欄位' }).min(1, '至少要有一題'),
});

export const assessmentSchema = z.object({
  title: text,
  intro: text.optional(),
  scale: z.array(z.object({ value: z.number().int(), label: text })).min(3, 'Likert 量表至少要有三個等級'),
  items: z
    .array(
      z.object({
        id: z.string({ required_error: '缺少此欄位' }).min(1, '不能是空白'),
        skill: id,
        statement: text,
        reverse: z.boolean({ invalid_type_error: '必須是 true 或 false' }).optional(),
        /** Part of the short form (one item per skill). */
        short: z.boolean({ invalid_type_error: '必須是 true 或 false' }).optional(),
      }),
    )
    .min(1, '至少要有一題'),
});

/** One glossary term; `avoid` lists the variants the course must not use (checked across the course). */
export const glossaryEntrySchema = z.object({
  term: text,
  definition: text,
  avoid: z.array(text, { invalid_type_error: '必須是清單，例如 [櫃台]' }).optional(),
  /** Phrases that contain an avoided variant but are accepted, e.g. a proper name. */
  keep: z.array(text, { invalid_type_error: '必須是清單，例如 [中國煙草]' }).optional(),
});
export const glossarySchema = z.array(glossaryEntrySchema).min(1, '用語表至少要有一個用語');

export type Factor = z.infer<typeof factorSchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type LessonMeta = z.infer<typeof lessonSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<typeof quizSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
