/** Module and skill ids as the authoring commands list them; the rule every content id follows. */

export interface CourseIds {
  modules: { id: string; title: string }[];
  skills: { id: string; title: string }[];
}

/** `id（title）、…` for a message that lists the valid choices. */
export const listIds = (items: { id: string; title: string }[]) =>
  items.map((i) => (i.title ? `${i.id}（${i.title}）` : i.id)).join('、');

/** The id rule every content id follows. */
export const ID_RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
