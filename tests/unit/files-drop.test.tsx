import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilesDrop } from '../../src/components/files-drop';

const fileEntry = (file: File) => ({
  isFile: true,
  isDirectory: false,
  name: file.name,
  file: (ok: (f: File) => void) => ok(file),
});
function dirEntry(name: string, children: unknown[]) {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      // Like browsers, hand the children over in more than one call, then an empty list.
      const calls = [children.slice(0, 2), children.slice(2), []];
      return { readEntries: (ok: (e: unknown[]) => void) => ok(calls.shift() ?? []) };
    },
  };
}
const dataTransfer = (items: unknown[], files: File[]) => ({
  items: items.map((entry) => ({ webkitGetAsEntry: () => entry })),
  files,
  dropEffect: 'none',
});

describe('file drop zone', () => {
  afterEach(cleanup);
  it('is a labelled file input that takes several files (the keyboard way in)', () => {
    const onFiles = vi.fn();
    render(<FilesDrop id="f" label="Choose files" hint="Up to 5 MB each" onFiles={onFiles} />);
    const input = screen.getByLabelText('Choose files');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    expect(input).toHaveAccessibleDescription('Up to 5 MB each');
    const a = new File(['{}'], 'a.json');
    fireEvent.change(input, { target: { files: [a] } });
    expect(onFiles).toHaveBeenCalledWith([a]);
  });

  it('passes on files dropped on it', () => {
    const onFiles = vi.fn();
    render(<FilesDrop id="f" label="Choose files" onFiles={onFiles} />);
    const a = new File(['{}'], 'a.json');
    const b = new File(['{}'], 'b.json');
    fireEvent.drop(screen.getByTestId('f-drop-zone'), {
      dataTransfer: dataTransfer([fileEntry(a), fileEntry(b)], [a, b]),
    });
    expect(onFiles).toHaveBeenCalledWith([a, b]);
  });

  it('takes the .json files of a dropped folder, at any depth, and leaves out other files', async () => {
    const onFiles = vi.fn();
    render(<FilesDrop id="f" label="Choose files" onFiles={onFiles} />);
    const files = ['council-10.json', 'council-2.json', 'notes.txt', '.DS_Store'].map(
      (n) => new File(['{}'], n),
    );
    const deeper = new File(['{}'], 'vcs.json');
    const folder = dirEntry('network', [
      ...files.map(fileEntry),
      dirEntry('partners', [fileEntry(deeper)]),
    ]);
    fireEvent.drop(screen.getByTestId('f-drop-zone'), { dataTransfer: dataTransfer([folder], []) });
    await waitFor(() => expect(onFiles).toHaveBeenCalled());
    expect(onFiles.mock.calls[0]?.[0].map((f: File) => f.name)).toEqual([
      'council-2.json',
      'council-10.json',
      'vcs.json',
    ]);
  });

  it('shows an error in the GOV.UK pattern, tied to the input', () => {
    render(
      <FilesDrop
        id="f"
        label="Choose files"
        error="2 files could not be imported"
        onFiles={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Choose files')).toHaveAccessibleDescription(
      'Error: 2 files could not be imported',
    );
  });
});
