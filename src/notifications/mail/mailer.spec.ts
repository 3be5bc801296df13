import { loadConfig } from '../../config/load-config';
import { smtpOptions } from './mailer';

describe('mail configuration', () => {
  it('reads SMTP_URL with credentials and MAIL_FROM', () => {
    const config = loadConfig({
      DATA_DIR: '/tmp/enfoque-mail-spec',
      JWT_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://avisos%40servicio.cl:cl%40ve@correo.servicio.cl:2525',
      MAIL_FROM: 'Enfoque <no-responder@servicio.cl>',
    });
    expect(config).toMatchObject({
      smtpUrl: expect.stringContaining('2525'),
      mailFrom: 'Enfoque <no-responder@servicio.cl>',
    });
    expect(smtpOptions(config.smtpUrl ?? '')).toMatchObject({
      host: 'correo.servicio.cl',
      port: 2525,
      secure: false,
      auth: { user: 'avisos@servicio.cl', pass: 'cl@ve' },
    });
    expect(smtpOptions('smtps://correo.servicio.cl')).toMatchObject({ port: 465, secure: true, auth: undefined });
  });

  it('refuses a bad SMTP_URL or MAIL_FROM with Spanish messages', () => {
    expect(() => loadConfig({ DATA_DIR: '/tmp/x', SMTP_URL: 'http://correo', MAIL_FROM: 'nadie' })).toThrow(
      /SMTP_URL debe ser una URL smtp:\/\/[\s\S]*MAIL_FROM debe ser un correo electrónico/,
    );
  });
});
