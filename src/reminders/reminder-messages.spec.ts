import { commitmentMessage, deadlineMessage } from './reminder-messages';

const agency = { code: 'FOMENTO', name: 'Servicio de Fomento' };

describe('reminder messages', () => {
  it('announces an upcoming gate deadline to whoever must act', () => {
    const message = deadlineMessage({
      agency,
      year: 2027,
      gateLabel: 'Diagnóstico: envío a la Jefatura',
      dueDate: '2027-03-31',
      phase: 'upcoming',
      awaiting: ['Encargado/a del Sistema Enfoque de Género'],
    });
    expect(message.subject).toBe('Plazo próximo: Diagnóstico: envío a la Jefatura (FOMENTO 2027)');
    expect(message.body).toContain('Se acerca el plazo del 31 de marzo de 2027');
    expect(message.body).toContain('Debe actuar: Encargado/a del Sistema Enfoque de Género.');
  });

  it('says an overdue commitment was not declared met', () => {
    const message = commitmentMessage({
      agency,
      year: 2027,
      itemId: 'C-2',
      description: 'Suscribir convenios de cuidado infantil.',
      deadline: '2028-05-31',
      phase: 'overdue',
    });
    expect(message.subject).toBe('Compromiso vencido: C-2 (FOMENTO 2027)');
    expect(message.body).toContain('venció el 31 de mayo de 2028');
  });
});
