/**
 * The button that brings a saved plan in line with the current priorities: it adds the actions the
 * draft now suggests and offers to remove untouched ones it no longer suggests. The targets form
 * names it too, so it is written once.
 */
export const UPDATE_PLAN_BUTTON = 'Update the plan from your priorities';
