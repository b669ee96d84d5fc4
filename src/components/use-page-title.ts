import { useEffect } from 'react';

export const SERVICE_NAME = 'Big Society Readiness';

export function pageTitle(title: string, hasError = false): string {
  return `${hasError ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
}

/** Set the document title for a page: "<page> – Big Society Readiness", "Error: " first when a form has errors. */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = pageTitle(title, hasError);
  }, [title, hasError]);
}
