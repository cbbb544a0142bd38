/**
 * The edition's few bytes of script (every page but the lesson, which stays light): remembers the edition
 * the learner reads, keeps the search words when switching, and shows the Traditional home's offer.
 */
import { EDITION_KEY, shouldOfferHans } from '../model/paths.ts';

const hans = document.documentElement.lang === 'zh-Hans';
const offer = document.getElementById('edition-offer');
const remember = (value: string) => {
  try {
    localStorage.setItem(EDITION_KEY, value);
  } catch {
    // Private mode or storage off: the switcher still works, the choice is just not kept.
  }
};
let last: string | null = null;
try {
  last = localStorage.getItem(EDITION_KEY);
} catch {
  // as above
}
if (hans) remember('zh-Hans');
else if (offer && shouldOfferHans(last, navigator.languages)) offer.hidden = false;

document.addEventListener('click', (event) => {
  const target = (event.target as Element).closest?.('[data-edition-switch],[data-edition-choice]');
  if (!target) return;
  const choice = target.getAttribute('data-edition-choice') ?? (hans ? 'zh-Hant' : 'zh-Hans');
  remember(choice);
  if (offer && choice === 'zh-Hant') offer.hidden = true;
  // The search page keeps the learner's words in ?q=: they go along to the other edition.
  if (target instanceof HTMLAnchorElement && !target.dataset.editionChoice) target.search = location.search;
});
