/**
 * Starts each quiz when it comes within 600 px of the screen: what Astro's client:visible did, without the
 * island runtime Astro writes into every page's HTML. The quiz code (Preact, the island) is fetched only then.
 */
const roots = [...document.querySelectorAll<HTMLElement>('[data-quiz-island]')];
const start = (root: HTMLElement) => {
  void import('./mount-quiz.tsx').then(
    (m) => m.mountQuiz(root),
    () => root.setAttribute('data-failed', ''),
  );
};
if (roots.length > 0) {
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          start(entry.target as HTMLElement);
        }
      },
      { rootMargin: '600px' },
    );
    for (const root of roots) observer.observe(root);
  } else for (const root of roots) start(root);
}
