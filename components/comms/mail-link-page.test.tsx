import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MailLinkPage } from './mail-link-page';

const props = {
  title: 'Huỷ nhận thư báo tài liệu mới', action: async () => {}, doneText: 'Đã huỷ.', failedText: 'Liên kết huỷ không đúng.',
  button: 'Huỷ nhận thư', pendingText: 'Đang huỷ…',
};

describe('the page behind a subscription mail link', () => {
  it('asks for one button press (never acts on the GET)', () => {
    const html = renderToStaticMarkup(<MailLinkPage {...props} done={false} failed={false} intro="Bấm nút dưới đây." />);
    expect(html).toContain('<h1>Huỷ nhận thư báo tài liệu mới</h1>');
    expect(html).toMatch(/<form[^>]*>.*Bấm nút dưới đây\..*<button[^>]*type="submit"[^>]*>Huỷ nhận thư<\/button>/s);
    expect(html).not.toContain('role="alert"');
  });

  it('says a wrong link is wrong and still offers the button', () => {
    const html = renderToStaticMarkup(<MailLinkPage {...props} done={false} failed />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Liên kết huỷ không đúng.');
    expect(html).toContain('Huỷ nhận thư</button>');
  });

  it('once done, says so and offers nothing to press', () => {
    const html = renderToStaticMarkup(<MailLinkPage {...props} done failed={false} />);
    expect(html).toContain('role="status"');
    expect(html).toContain('Đã huỷ.');
    expect(html).not.toContain('<form');
  });
});
