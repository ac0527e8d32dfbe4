/** Content bodies through the site's own Markdown settings (src/lib/sanitize.ts). */
import { describe, expect, it } from 'vitest';
import { markdownProcessor, markdownShared } from '../../src/lib/sanitize.ts';

const processor = await markdownProcessor.createRenderer(markdownShared);
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('Markdown bodies', () => {
  it('render plain Markdown without the raw-HTML pass, quotes as written', async () => {
    const html = await render('Konsert med "Fjällvind" -- kl. 19...\n\n[Biljetter](https://example.org/t) och *mer*.');
    expect(html).toBe('<p>Konsert med "Fjällvind" -- kl. 19...</p>\n<p><a href="https://example.org/t">Biljetter</a> och <em>mer</em>.</p>');
  });

  it('keep the text of raw HTML and drop what is unsafe', async () => {
    const html = await render('Hei <b>alle</b>!<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="x()">lenke</a> <img src="http://x.example/a.png"><img src="https://x.example/b.png">');
    expect(html).toContain('Hei <b>alle</b>!');
    expect(html).toContain('<a>lenke</a>');
    expect(html).toContain('<img src="https://x.example/b.png" alt="">');
    expect(html).not.toMatch(/script|javascript:|onclick|http:\/\//);
  });
});
