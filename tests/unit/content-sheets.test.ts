/**
 * Rules for the course's reference sheets: the self-assessment (full and short form), the
 * glossary's banned variants and the cast sheet that keeps one set of facts per name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/content-model/model/course-guards.ts';
import { readContentFiles } from '../../src/content-model/build/load.ts';
import { variantFindings, variantsOf } from '../../src/content-model/model/text-guards.ts';
import { validateContent } from '../../src/content-model/model/validate.ts';

const root = join(import.meta.dirname, '../..');
const files = readContentFiles(root);
const result = validateContent(files);
const skills = result.ok ? result.content.framework.skills : [];
const assessment = result.ok ? result.content.assessments.find((a) => a.id === 'self-assessment') : undefined;
const items = assessment?.assessment.items ?? [];

describe('the self-assessment', () => {
  it('passes the content check', () => {
    expect(result.ok).toBe(true);
    expect(assessment).toBeDefined();
  });

  it('has about 60 items in its full form', () => {
    expect(items.length).toBeGreaterThanOrEqual(55);
    expect(items.length).toBeLessThanOrEqual(66);
  });

  it('uses ids of ASCII letters, digits and hyphens', () => {
    expect(items.map((i) => i.id).filter((id) => !/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it.each(skills.map((s) => [s.id] as const))(
    'measures %s with 3+ items, one reverse-worded, exactly one in the short form',
    (skill) => {
      const mine = items.filter((i) => i.skill === skill);
      expect(mine.length).toBeGreaterThanOrEqual(3);
      expect(mine.filter((i) => i.reverse === true).length).toBeGreaterThanOrEqual(1);
      expect(mine.filter((i) => i.short === true).map((i) => i.id)).toHaveLength(1);
    },
  );

  it('has a short form of one item per skill and nothing else, short enough for a phone', () => {
    const short = items.filter((i) => i.short === true);
    expect(short.map((i) => i.skill).sort()).toEqual(skills.map((s) => s.id).sort());
    // About 10 seconds an item: the short form stays well under 5 minutes.
    expect(short.length * 10).toBeLessThanOrEqual(300);
  });

  it('tells the learner that 不適用 exists, in the intro', () => {
    expect(assessment?.assessment.intro).toContain('不適用');
  });

  it('asks about the last month, not "ever"', () => {
    expect(items.filter((i) => /我曾/.test(i.statement)).map((i) => i.id)).toEqual([]);
  });

  it('says each thing once: no two items share a long run of words', () => {
    const run = 12;
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const item of items) {
      const s = item.statement.replace(/[，。、：；「」（）\s]/g, '');
      for (let i = 0; i + run <= s.length; i++) {
        const piece = s.slice(i, i + run);
        const other = seen.get(piece);
        if (other && other !== item.id) clashes.push(`${other} ≈ ${item.id}：${piece}`);
        else seen.set(piece, item.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('framework targets', () => {
  it.each(skills.map((s) => [s.id, s.target] as const))(
    '%s has a target an honest learner can reach (3 or 4)',
    (_id, target) => {
      expect([3, 4]).toContain(target);
    },
  );

  it.each(['visit-planning', 'business-etiquette', 'disparity'])('%s aims at 4', (id) => {
    expect(skills.find((s) => s.id === id)?.target).toBe(4);
  });
});

describe('the glossary', () => {
  const glossary = readGlossary(files);

  it('parses, with avoid and keep as lists of text', () => {
    expect(glossary.problems).toEqual([]);
  });

  it.each([
    '品規',
    '消費者',
    '櫃檯',
    '周轉',
    '占',
    '標識',
    '記錄',
    '菸',
    '四種菸',
    '檔位',
    '調劑',
    '安全庫存',
    '價簽',
    '主銷',
    '動銷',
    '試銷',
    '送貨週期',
    '串貨',
  ])('defines %s', (term) => {
    expect(glossary.entries.map((e) => e.term)).toContain(term);
  });

  it('never bans one of its own terms', () => {
    const variants = variantsOf(glossary.entries);
    const flagged = glossary.entries.filter((e) => variantFindings(e.term, variants).length > 0).map((e) => e.term);
    expect(flagged).toEqual([]);
  });

  it('defines 四種菸 as 假、私、非、串 without attributing it to the source article', () => {
    const entry = glossary.entries.find((e) => e.term === '四種菸');
    expect(entry?.definition).toContain('假、私、非、串');
    expect(entry?.definition).not.toMatch(/原文|文章/);
  });
});

describe('content/cast.yaml', () => {
  const path = join(root, 'content/cast.yaml');
  type Person = { name?: unknown; status?: unknown; facts?: unknown; clash?: unknown; appears?: unknown };
  const cast = parse(readFileSync(path, 'utf8')) as Record<string, Person[]>;
  const people = ['retailers', 'shops', 'managers'].flatMap((k) => cast[k] ?? []);

  it('lists retailers, shops, managers, brands and areas', () => {
    for (const key of ['retailers', 'shops', 'managers', 'brands', 'areas'])
      expect(cast[key]?.length ?? 0).toBeGreaterThan(0);
  });

  it('has each name once', () => {
    const names = people.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('gives every person a status, and facts or the clash to settle', () => {
    const bad = people.filter(
      (p) =>
        !['定案', '待定', '改名'].includes(String(p.status)) ||
        (p.status === '定案' && typeof p.facts !== 'string') ||
        (p.status === '待定' && typeof p.clash !== 'string' && typeof p.facts !== 'string'),
    );
    expect(bad.map((p) => p.name)).toEqual([]);
  });

  // Names as the course writes them: 姓 + 老闆／大姐／姐 for retailers, 小／老 + 姓 for managers and colleagues.
  // The surname list keeps ordinary words out (的老闆, 小心, 老店); the two look-arounds keep out 清楚老闆 and 周轉.
  const surnames =
    '王李張劉陳楊黃趙吳周徐孫馬朱胡郭何高林羅鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董袁潘于蔣蔡余杜葉程蘇魏呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋方白鄒孟熊秦邱江尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵萬錢嚴覃武戴莫孔向湯卓楚祁喬柯溫康施牛樊葛邢齊伍龐顏倪莊聶章魯岳翟殷詹歐耿關焦俞左柳甘祝包寧符舒阮紀梅童凌畢單季裴霍涂苗谷盛翁冉駱藍游辛靳管柴蒙鮑華喻蒲房滕屈饒艾尤穆司古吉繆簡車項連麥褚婁竇戚岑景宮費卜冷晏席衛米柏宗瞿桂佟臧閔鄔邊卞姬仇欒隋刁榮巫寇桑郎甄叢仲虞敖鞏佘池麻遲鄺';
  const namePattern = new RegExp(`(?<!清)[${surnames}](?:老闆|大姐|姐)|(?:小|老)[${surnames}](?!轉)`, 'g');
  // What learners read: lessons, quizzes and the self-assessment (not the authoring guide's examples).
  const courseFiles = files.filter((f) => /^content\/(lessons|quizzes|assessments)\//.test(f.path) && !f.binary);
  const namesIn = (text: string) => new Set(text.match(namePattern) ?? []);

  it('finds names the way the course writes them, and not ordinary words', () => {
    expect([...namesIn('梁老闆說；江大姐問；陳姐便利店；客戶經理小周；同事老趙')]).toEqual([
      '梁老闆',
      '江大姐',
      '陳姐',
      '小周',
      '老趙',
    ]);
    expect([...namesIn('問清楚老闆願不願意；資金周轉；小心；老店的老闆；小結')]).toEqual([]);
  });

  it('lists every retailer, manager and colleague name the lessons and quizzes use', () => {
    const listed = new Set(people.map((p) => String(p.name)));
    const unlisted = courseFiles.flatMap((f) =>
      [...namesIn(f.text)].filter((n) => !listed.has(n)).map((n) => `${n}（${f.path}）`),
    );
    expect(unlisted).toEqual([]);
  });

  it('gives one person per surname, so 小周 and 周大姐 cannot both appear', () => {
    const bySurname = new Map<string, string[]>();
    for (const f of courseFiles)
      for (const n of namesIn(f.text)) {
        const surname = /^[小老]/.test(n) ? n.slice(1, 2) : n.slice(0, 1);
        const seen = bySurname.get(surname) ?? [];
        if (!seen.includes(n)) bySurname.set(surname, [...seen, n]);
      }
    expect([...bySurname.values()].filter((names) => names.length > 1)).toEqual([]);
  });

  it('says in appears exactly which files use each name', () => {
    const entries = ['retailers', 'shops', 'managers', 'brands', 'areas'].flatMap((k) => cast[k] ?? []);
    const wrong = entries
      .map((e) => {
        const used = courseFiles.filter((f) => f.text.includes(String(e.name))).map((f) => f.path);
        const listed = Array.isArray(e.appears) ? e.appears.map(String).sort() : [];
        return { name: e.name, used: used.sort(), listed };
      })
      .filter((e) => e.used.join() !== e.listed.join());
    expect(wrong).toEqual([]);
  });

  it('has no clash or rename left to settle', () => {
    const open = people.filter((p) => p.status !== '定案' || p.clash !== undefined || 'rename' in p);
    expect(open.map((p) => p.name)).toEqual([]);
  });

  it('points only at files that exist', () => {
    const missing = people
      .flatMap((p) => (Array.isArray(p.appears) ? p.appears : []))
      .filter((f) => !existsSync(join(root, String(f))));
    expect(missing).toEqual([]);
  });
});
