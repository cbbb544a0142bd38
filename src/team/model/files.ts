/**
 * Reading the export files a trainer opens: each one goes through the site's own import rules
 * (progress/model/import.ts checkImport: parseImport's acceptance, without putting every record in
 * key order), so a file the learner could not import is not read here either, and is refused with
 * the same reason. A good file is cut down at once to what the team view uses, so two hundred heavy
 * years fit in memory; only what is kept is put in key order (tests/unit/team-lean.test.ts checks
 * this against parseImport). Pure.
 */
import { latestAttempts } from '../../assessment/model/calibration.ts';
import { emptyDocument, type ProgressDoc } from '../../progress/model/document.ts';
import { checkImport, MAX_IMPORT_BYTES, type ImportRefusal } from '../../progress/model/import.ts';
import { sortKeys, unionDocuments } from '../../progress/model/merge.ts';

export { MAX_IMPORT_BYTES };

/** One learner as the team view sees them: the files read, merged when they come from the same learner. */
export interface TeamMember {
  /** Stable within one set of files: the learner's own random seed, else the file's name. */
  key: string;
  /** 「給教練看的名字」 when the learner set one. */
  displayName: string | undefined;
  teamCode: string | undefined;
  /** The files this learner's records came from, in the order read. */
  files: string[];
  /** The latest export time among the files, when they say. */
  exportedAt: string | undefined;
  /** The oldest site version among the files (an older file is read through the migrations). */
  fromVersion: number;
  /** Lessons, the latest attempt of each quiz, the assessments and settings: all the view needs. */
  doc: ProgressDoc;
}

export type TeamFileResult =
  | { ok: true; name: string; member: TeamMember; salvaged?: { kept: number; dropped: number } }
  | { ok: false; name: string; code: ImportRefusal | 'duplicate'; message: string };

/** The records in the order parseImport's key sort gives them; an export is already in it, so mostly no sort. */
function inKeyOrder<T>(records: Record<string, T>): T[] {
  const keys = Object.keys(records);
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return Object.values(sortKeys(records));
  return Object.values(records);
}

/**
 * The parts of a document the team view reads, in key order as parseImport would give them; review cards
 * and drafts are left behind. The attempts are walked in key order, so that of two attempts alike in quiz,
 * time and id the same one is kept as from a sorted document.
 */
export function reduceDocument(doc: ProgressDoc): ProgressDoc {
  const reduced = emptyDocument(doc.epoch);
  reduced.lessons = sortKeys(doc.lessons);
  reduced.assessments = sortKeys(doc.assessments);
  reduced.settings = doc.settings;
  for (const a of latestAttempts(inKeyOrder(doc.attempts))) reduced.attempts[a.id] = a;
  return reduced;
}

/** Reads one file's text; `size` is its size in bytes as the browser reports it. */
export function readTeamFile(name: string, text: string, size?: number): TeamFileResult {
  const result = checkImport(text, size);
  if (!result.ok) return { ok: false, name, code: result.code, message: result.message };
  const doc = reduceDocument(result.doc);
  const member: TeamMember = {
    key: doc.settings.seed ? `seed:${doc.settings.seed}` : `file:${name}`,
    displayName: doc.settings.displayName,
    teamCode: doc.settings.teamCode,
    files: [name],
    exportedAt: result.exportedAt,
    fromVersion: result.fromVersion,
    doc,
  };
  return { ok: true, name, member, ...(result.salvaged && { salvaged: result.salvaged }) };
}

/**
 * One file the trainer picked: refused unread when it is not a .json file (`skipped` says so) or too big, else
 * its text is read (`text`, the browser's File.text() or a read from disk) and checked.
 */
export async function readPickedFile(
  name: string,
  size: number,
  text: () => Promise<string>,
  skipped: string,
): Promise<TeamFileResult> {
  if (!/\.json$/i.test(name)) return { ok: false, name, code: 'not-json', message: skipped };
  return readTeamFile(name, size > MAX_IMPORT_BYTES ? '' : await text(), size);
}

const later = (a: string | undefined, b: string | undefined) =>
  a === undefined ? b : b !== undefined && b > a ? b : a;

/** Two files of one learner (the same seed) as one member: every record of both, the later settings. */
export function mergeMembers(a: TeamMember, b: TeamMember): TeamMember {
  const doc = reduceDocument(unionDocuments(a.doc, b.doc));
  return {
    key: a.key,
    displayName: doc.settings.displayName,
    teamCode: doc.settings.teamCode,
    files: [...a.files, ...b.files],
    exportedAt: later(a.exportedAt, b.exportedAt),
    fromVersion: Math.min(a.fromVersion, b.fromVersion),
    doc,
  };
}

/** The set of files read so far: members by key, and every refused file with its reason. */
export interface TeamFiles {
  members: TeamMember[];
  refused: { name: string; message: string }[];
  /** Files recognised as another file of a learner already read, merged into them. */
  merged: { name: string; into: string }[];
}

export const noTeamFiles = (): TeamFiles => ({ members: [], refused: [], merged: [] });

/**
 * Adds one read file to the set. The same file name twice is refused (a second pick of the
 * same file must not count a learner twice); another file of a known learner is merged in.
 */
export function addTeamFile(files: TeamFiles, result: TeamFileResult, duplicateMessage: string): TeamFiles {
  const known = files.members.some((m) => m.files.includes(result.name));
  if (known || files.refused.some((r) => r.name === result.name)) {
    return { ...files, refused: [...files.refused, { name: result.name, message: duplicateMessage }] };
  }
  if (!result.ok) return { ...files, refused: [...files.refused, { name: result.name, message: result.message }] };
  const index = files.members.findIndex((m) => m.key === result.member.key);
  if (index < 0) return { ...files, members: [...files.members, result.member] };
  const members = [...files.members];
  members[index] = mergeMembers(members[index]!, result.member);
  return { ...files, members, merged: [...files.merged, { name: result.name, into: members[index]!.files[0]! }] };
}
