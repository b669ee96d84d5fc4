// The smallest React page, built with the app's toolchain by scripts/bench.ts: the yardstick that
// lets the app's initial-load figure be read as a ratio (guide section 7: "a bare React page").
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function ReferencePage() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Reference page</h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count} times
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReferencePage />
  </StrictMode>,
);
