import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Checkbox } from '../../components/checkbox';
import { TextareaField } from '../../components/textarea-field';
import type { ActionFormValues } from './action-form-schema';

/**
 * The action's resources or cost, and whether it needs a cabinet decision: both print in the
 * report's plan table, and a decision feeds the cabinet paper's drafted recommendations.
 */
export function ActionDecisionFields({
  register,
  errors,
}: {
  register: UseFormRegister<ActionFormValues>;
  errors: FieldErrors<ActionFormValues>;
}) {
  return (
    <>
      <TextareaField
        id="action-resources"
        label="Resources or cost (optional)"
        hint="Staff time, money and where it comes from, for example “20 days of finance officer time” or “£4,000 from the Communities budget”."
        error={errors.resources?.message}
        rows={2}
        {...register('resources')}
      />
      <Checkbox
        id="action-needsDecision"
        label="This action needs a cabinet decision"
        hint="The cabinet paper will ask the cabinet to approve it."
        {...register('needsDecision')}
      />
    </>
  );
}
