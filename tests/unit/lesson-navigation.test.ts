import { describe, expect, it } from 'vitest';
import { moduleStart } from '../../src/lessons/model/module-start.ts';
import { objectiveText } from '../../src/lessons/model/objectives.ts';

describe('the module page start button', () => {
  const lessons = [{ id: 'm/one' }, { id: 'm/two' }, { id: 'm/three' }];
  it.each<[string[], string, string]>([
    [[], 'm/one', 'start'],
    [['m/one'], 'm/two', 'continue'],
    [['m/two'], 'm/one', 'continue'],
    [['m/one', 'm/two'], 'm/three', 'continue'],
    [['m/one', 'm/three'], 'm/two', 'continue'],
    [['m/one', 'm/two', 'm/three'], 'm/one', 'again'],
    [['other/x'], 'm/one', 'start'],
  ])('with %o done it opens %s (%s)', (done, lesson, state) => {
    expect(moduleStart(lessons, new Set(done))).toEqual({ lesson: { id: lesson }, state });
  });
  it('has nothing to open in an empty module', () => {
    expect(moduleStart([], new Set())).toBeUndefined();
  });
});

describe('objectives under 「學完這一課，你能夠」', () => {
  it.each([
    ['能夠用確認式的溝通，讓零售戶真正理解一項公司政策', '用確認式的溝通，讓零售戶真正理解一項公司政策'],
    ['  能夠 按步驟、有禮貌地處理抱怨', '按步驟、有禮貌地處理抱怨'],
    ['說出有效拜訪計劃的三個要素', '說出有效拜訪計劃的三個要素'],
    ['能力與心態的分別', '能力與心態的分別'],
    ['能夠', '能夠'],
  ])('%s → %s', (objective, shown) => {
    expect(objectiveText(objective)).toBe(shown);
  });
});
