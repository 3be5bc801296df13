import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { APP_CONFIG, AppConfig } from '../../config/load-config';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

// smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start).
export function smtpOptions(url: string): SMTPTransport.Options {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    auth: parsed.username
      ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) }
      : undefined,
    // Seconds, not minutes: a stuck server must fail the job so that it is retried.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

export const DEFAULT_MAIL_FROM = 'Enfoque <no-responder@enfoque.local>';

// E-mail through the SMTP server of SMTP_URL; without it the application only notifies in-app.
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.mailFrom ?? DEFAULT_MAIL_FROM;
    this.transport = config.smtpUrl ? createTransport(smtpOptions(config.smtpUrl)) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport || message.to.length === 0) return;
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
