/** Astro content collections over the trainer-authored `content/` folder. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  assessmentSchema,
  factorSchema,
  glossaryEntrySchema,
  type GlossaryEntry,
  lessonSchema,
  moduleSchema,
  quizSchema,
  skillSchema,
} from './course/model/schemas.ts';
import { tolerant } from './content-model/build/tolerant-loader.ts';

const lessons = defineCollection({
  loader: tolerant(glob({ base: './content/lessons', pattern: '*/*.mdx' })),
  schema: lessonSchema,
});
const quizzes = defineCollection({
  loader: tolerant(glob({ base: './content/quizzes', pattern: '*.{yaml,yml}' })),
  schema: quizSchema,
});
const assessments = defineCollection({
  loader: tolerant(glob({ base: './content/assessments', pattern: '*.{yaml,yml}' })),
  schema: assessmentSchema,
});
const modules = defineCollection({
  loader: tolerant(file('./content/modules.yaml')),
  schema: moduleSchema,
});
const skills = defineCollection({
  loader: tolerant(file('./content/framework.yaml', { parser: (text) => parse(text).skills })),
  schema: skillSchema,
});
const factors = defineCollection({
  loader: tolerant(file('./content/framework.yaml', { parser: (text) => parse(text).factors })),
  schema: factorSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml', {
    parser: (text) => (parse(text) as GlossaryEntry[]).map((e) => ({ id: e.term, ...e })),
  }),
  schema: glossaryEntrySchema,
});

export const collections = { lessons, quizzes, assessments, modules, skills, factors, glossary };
