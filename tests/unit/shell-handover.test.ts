import { describe, expect, it, vi } from 'vitest';
import { holdShellInput } from '../../src/app/shell-handover';

// Between the prerendered start page's first paint and React's render that replaces it, a click
// or the keyboard focus must not be lost with the replaced elements.

function page() {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const draw = () => {
    container.innerHTML =
      '<a href="#/new">Start</a><button type="button">Menu</button><button type="button">Try the example</button>';
  };
  return { container, draw };
}

describe('handing the prerendered page over to React', () => {
  it('replays a click on a prerendered button on the same button of the new render, once', () => {
    const clicks = vi.fn();
    const { container, draw } = page();
    draw();
    const held = holdShellInput(container);
    container.querySelectorAll('button')[1]!.click(); // nobody listens yet
    // React's render: the same markup, with its handlers.
    container.innerHTML =
      '<a href="#/new">Start</a><button type="button">Menu</button><button type="button">Try the example</button>';
    for (const button of container.querySelectorAll('button'))
      button.addEventListener('click', () => clicks(button.textContent));
    held.handOver();
    held.handOver();
    expect(clicks.mock.calls).toEqual([['Try the example']]);
  });

  it('gives focus lost with a replaced element to its copy', () => {
    const { container, draw } = page();
    draw();
    const held = holdShellInput(container);
    container.querySelectorAll('button')[0]!.focus();
    draw();
    expect(document.activeElement).toBe(document.body);
    held.handOver();
    expect(document.activeElement).toBe(container.querySelectorAll('button')[0]);
  });

  it('leaves focus alone when nothing on the page had it', () => {
    const { container, draw } = page();
    draw();
    const held = holdShellInput(container);
    draw();
    held.handOver();
    expect(document.activeElement).toBe(document.body);
  });
});
