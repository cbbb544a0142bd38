/**
 * Files the trainer hands the team page: picked (one or many, or a folder through
 * `webkitdirectory`) or dropped (files, or folders read through `webkitGetAsEntry`, which every
 * current browser has). The engine's worker reads them (browser/team-worker.ts).
 */
import { readTeamCourse, TEAM_COURSE_HREF, type TeamCourse } from '../model/course.ts';

/** A file with the name the trainer sees: its path inside a picked or dropped folder, else its name. */
export interface NamedFile {
  name: string;
  file: File;
}

const pathOf = (file: File) => (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;

/** The files of a file input (a folder pick lists every file inside it). */
export const pickedFiles = (list: FileList | null): NamedFile[] =>
  [...(list ?? [])].map((file) => ({ name: pathOf(file), file }));

/** True when this browser lets a file input pick a whole folder. */
export const canPickFolder = (): boolean => 'webkitdirectory' in document.createElement('input');

function readEntry(entry: FileSystemEntry): Promise<NamedFile[]> {
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([{ name: entry.fullPath.replace(/^\//, '') || file.name, file }]),
        () => resolve([]),
      ),
    );
  }
  if (!entry.isDirectory) return Promise.resolve([]);
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns a batch at a time (100 in Chromium) until it returns none.
  const batches: FileSystemEntry[] = [];
  const next = (): Promise<FileSystemEntry[]> =>
    new Promise((resolve) =>
      reader.readEntries(
        (batch) => {
          if (batch.length === 0) resolve(batches);
          else {
            batches.push(...batch);
            resolve(next());
          }
        },
        () => resolve(batches),
      ),
    );
  return next().then((entries) => Promise.all(entries.map(readEntry)).then((lists) => lists.flat()));
}

/** The files of a drop, folders opened. */
export async function droppedFiles(data: DataTransfer | null): Promise<NamedFile[]> {
  if (!data) return [];
  const entries = [...data.items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.())
    .filter((e): e is FileSystemEntry => e !== null && e !== undefined);
  if (entries.length === 0) return pickedFiles(data.files);
  return (await Promise.all(entries.map(readEntry))).flat();
}

/** Fetches the team course file; rejects on a network error or a file that is not one. */
export async function fetchTeamCourse(): Promise<TeamCourse> {
  const response = await fetch(TEAM_COURSE_HREF, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${TEAM_COURSE_HREF}: HTTP ${response.status}`);
  const course = readTeamCourse(await response.json());
  if (!course) throw new Error(`${TEAM_COURSE_HREF}: not a team course`);
  return course;
}
