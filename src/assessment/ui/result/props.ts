/** What the result view and its header are given. */
import type { Ref } from 'preact';
import type { Analysis, AssessmentData } from '../../model/analysis.ts';
import type { AlternateForm, FormKind } from '../../model/forms.ts';
import type { Translate } from '../../model/text.ts';

export interface ResultProps {
  analysis: Analysis;
  data: AssessmentData;
  /** The form this page offers for a new round, and how many items it has. */
  form: FormKind;
  formItems: number;
  /** The page of the other form, if there is one. */
  alternate: AlternateForm | undefined;
  tr: Translate;
  headingRef: Ref<HTMLHeadingElement>;
  /** Answers of an unfinished new round, if the learner started one. */
  draftAnswered: number;
  onRetake: () => void;
}
