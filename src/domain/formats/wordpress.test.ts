import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/formats';
import { XSS_PAYLOADS } from '../../../test/fixtures/xss-payloads';
import { ALLOWED_TAGS, parseRichText, type RichRoot } from '../rich-text';
import { parseDebate } from '../rules';

type RichNode = RichRoot['children'][number];

import { ImportError } from './errors';
import { htmlToMarkdown } from './html-markdown';
import { htmlToText } from './html-text';
import { importWordPressJson } from './wordpress-rest';
import { importWordPressXml } from './wordpress-wxr';

const plain = (markdown: string) => parseRichText(markdown).plainText;

describe('WordPress REST JSON with embedded replies', () => {
  const { debate, warnings } = importWordPressJson(fixture('rest-post-embedded.json').text, {});

  it('makes the post: entities decoded, scripts and styles gone, paragraphs kept', () => {
    expect(parseDebate(debate).ok).toBe(true);
    expect(debate.post).toEqual({
      title: 'Social Productivity: Big Society 2.0 – or same\u00a0BS?',
      author: 'Anna Writer',
      publishedAt: '2012-03-01T09:30:00Z',
      sourceUrl: 'https://blog.example.org/2012/03/social-productivity/',
      paragraphs: [
        'Maybe it was because I was nursing a hangover & tired.',
        'Reed wants ‘citizen-led’ services.\nHe said so, with Lambeth (https://example.org/lambeth) as proof.',
        'One',
        'Two',
      ],
    });
  });

  it('threads the comments and leaves out the pingback', () => {
    expect(debate.comments.map((c) => [c.id, c.parentId, c.author])).toEqual([
      ['comment-301', null, 'Ben'],
      ['comment-302', 'comment-301', 'Cath'],
      ['comment-303', 'comment-302', null],
    ]);
    expect(warnings).toEqual(['1 pingback, trackback or spam comment left out.']);
  });

  it('keeps comment bodies as the Markdown subset that shows exactly the words', () => {
    const [ben, cath, none] = debate.comments;
    // The javascript: link is dropped to its words; the [brackets] and *stars* are text.
    expect(ben?.body).toBe(
      'Co-production **can** work — see this.\n\nSecond paragraph with \\*stars\\* and \\[brackets\\].',
    );
    expect(plain(ben?.body ?? '')).toBe(
      'Co-production can work — see this.\n\nSecond paragraph with *stars* and [brackets].',
    );
    expect(cath?.body).toBe('> can work\n\nOnly with money.');
    expect(plain(none?.body ?? '')).toBe('First\n\nSecond point');
  });
});

describe('WordPress REST JSON as { post, comments }', () => {
  const { debate, warnings } = importWordPressJson(fixture('rest-post-and-comments.json').text, {});

  it('reads string and numeric ids, orders by date and keeps pending comments hidden', () => {
    expect(debate.comments.map((c) => [c.id, c.parentId, c.visibility])).toEqual([
      ['comment-10', null, 'visible'],
      ['comment-11', 'comment-10', 'hidden'],
      ['comment-9', null, 'visible'],
      ['comment-12', 'comment-11', 'visible'],
    ]);
    expect(warnings).toEqual([
      '1 pingback, trackback or spam comment left out.',
      '1 comment replied to a comment not in the file and now reply to the post: comment 8.',
    ]);
  });

  it('escapes what Markdown would read as a list or a heading', () => {
    const dee = debate.comments[0]?.body ?? '';
    expect(plain(dee)).toBe('1. Not a list, just a number.\n\n# not a heading');
    const fay = debate.comments[3]?.body ?? '';
    expect(fay).toBe('Deep [link](https://example.com/a%28b%29)');
  });

  it('keeps the offset of a post date given with one', () => {
    expect(debate.post.publishedAt).toBe('2020-06-01T08:00:00+02:00');
    expect(debate.post.paragraphs).toEqual([
      'The claim',
      'A four-day week keeps output the same.',
      'Day Hours',
      '<script> is shown as text.',
    ]);
  });
});

describe('WordPress WXR export', () => {
  const { debate, warnings } = importWordPressXml(fixture('export.wxr.xml').text, {});

  it('imports the first post (not the page) with its paragraphs restored', () => {
    expect(debate.post.title).toBe('Why we should keep the library open – a plea');
    expect(debate.post.author).toBe('maria');
    expect(debate.post.publishedAt).toBe('2019-05-03T10:00:00Z');
    expect(debate.post.paragraphs).toEqual([
      'The library is the only warm room in the village.',
      'It lends more than books & DVDs.\nChildren do their homework there.',
    ]);
    expect(warnings).toEqual([
      'The file holds 2 posts; only the first was imported.',
      '1 pingback, trackback or spam comment left out.',
    ]);
  });

  it('threads comments, keeps unapproved ones hidden and reads no date as null', () => {
    expect(debate.comments.map((c) => [c.id, c.parentId, c.visibility, c.createdAt])).toEqual([
      ['comment-21', null, 'visible', '2019-05-03T11:00:00Z'],
      ['comment-22', 'comment-21', 'visible', '2019-05-03T12:30:00Z'],
      ['comment-24', 'comment-22', 'hidden', null],
    ]);
    expect(plain(debate.comments[0]?.body ?? '')).toBe(
      'Agreed.\n\nThe council says it costs £40k a year though.',
    );
    expect(plain(debate.comments[1]?.body ?? '')).toBe('The budget says <£30k>.');
  });

  it('refuses malformed XML with its line', () => {
    const broken =
      '<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>';
    try {
      importWordPressXml(broken, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).problem.line).toBe(4);
      expect((error as ImportError).message).toMatch(
        /^WordPress, line 4: expected well-formed WXR/,
      );
    }
  });
});

describe('WordPress: errors carry a JSON path', () => {
  it.each([
    ['{"title": {"rendered": "x"}}', '$.content'],
    ['{"post": {"title": "x", "content": "y"}, "comments": [{"id": 1}]}', '$.comments[0].content'],
    ['{"post": {"title": "x", "content": "y"}, "comments": {}}', '$.comments'],
    ['[{"post": 1, "id": 3}]', '$'],
  ])('%s', (json, path) => {
    try {
      importWordPressJson(json, {});
      expect.unreachable();
    } catch (error) {
      expect((error as ImportError).problem.path).toBe(path);
    }
  });
});

describe('HTML sanitising', () => {
  it.each(XSS_PAYLOADS)('comment bodies render only safe elements and links: %s', (payload) => {
    const elements: { tagName: string; href: unknown }[] = [];
    const visit = (nodes: readonly RichNode[]) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        elements.push({ tagName: node.tagName, href: node.properties.href });
        visit(node.children);
      }
    };
    visit(parseRichText(htmlToMarkdown(payload)).root.children);
    for (const element of elements) {
      expect(ALLOWED_TAGS.has(element.tagName)).toBe(true);
      if (element.tagName === 'a') expect(String(element.href)).toMatch(/^(https?:|mailto:)/i);
    }
  });

  it.each(XSS_PAYLOADS.filter((p) => /^<script[^>]*>[^<]*<\/script>$/i.test(p)))(
    'scripts are dropped with their content: %s',
    (payload) => {
      expect(htmlToText(payload).text).not.toContain('__xss');
      expect(plain(htmlToMarkdown(payload))).not.toContain('__xss');
    },
  );

  it('records where elements with an id landed in the plain text', () => {
    const { text, spans } = htmlToText(
      '<p>A <b id="x">bold</b>  move.</p><p><span id="y">Next</span></p>',
    );
    expect(text).toBe('A bold move.\n\nNext');
    expect(spans.get('x')).toEqual({ start: 2, end: 6 });
    expect(spans.get('y')).toEqual({ start: 14, end: 18 });
  });

  it('writes nested quotes and lists that render to the same words', () => {
    const html =
      '<blockquote><p>Quoted</p><ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul></blockquote><p>After</p>';
    expect(plain(htmlToMarkdown(html))).toBe('Quoted\n\none\n\ntwo\n\ndeep\n\nAfter');
  });

  it('writes emphasis only around words', () => {
    expect(
      htmlToMarkdown('<p><em>a</em> and <strong>b</strong>, <b><i>c</i></b><em> </em></p>'),
    ).toBe('*a* and **b**, ***c***');
  });

  it('keeps the words of each link and its address in the post', () => {
    const html =
      '<p><a href="https://a.example">one</a> <a href="https://b.example"><b>two</b></a> <a href="https://c.example">https://c.example</a></p>';
    expect(htmlToText(html).text).toBe(
      'one (https://a.example) two (https://b.example) https://c.example',
    );
  });

  it('stops indenting quotes and lists past 16 levels, so output stays proportional to input', () => {
    const html = `${'<blockquote>'.repeat(2000)}${'<p>x</p>'.repeat(2000)}`;
    const markdown = htmlToMarkdown(html);
    expect(markdown.length).toBeLessThan(html.length * 4);
    expect(markdown.split('\n')[0]).toBe(`${'> '.repeat(16)}x`);
  });
});
