import { onTestFinished, vi } from 'vitest';

export interface DownloadedFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/**
 * Catches files "downloaded" through a Blob and an <a download> (jsdom saves nothing) for the
 * rest of the test; the returned function reads them.
 */
export function downloads(): () => Promise<DownloadedFile[]> {
  const blobs = new Map<string, Blob>();
  const clicked: HTMLAnchorElement[] = [];
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:download-${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this);
  });
  onTestFinished(() => {
    URL.createObjectURL = create;
    URL.revokeObjectURL = revoke;
    click.mockRestore();
  });
  return () =>
    Promise.all(
      clicked.map(async (link) => {
        const blob = blobs.get(link.href);
        return { name: link.download, type: blob?.type ?? '', text: (await blob?.text()) ?? '' };
      }),
    );
}
