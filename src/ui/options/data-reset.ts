/** "Reset": back to the bundled seeds, keeping or deleting the reader's saved claims, after a confirmation. */
import { ResetReply } from '../../messaging/data';
import { el } from '../shared/dom';
import { labels } from './data-labels';
import { request, type SendMessage } from './data-request';

/** The reset block. Nothing is deleted before the reader confirms. */
export function renderReset(send: SendMessage): HTMLElement {
  const radio = (value: string, text: string, checked: boolean) => {
    const input = el('input', { attrs: { type: 'radio', name: 'reset-saved', value, ...(checked ? { checked: '' } : {}) } });
    return { input, label: el('label', { className: 'choice' }, [input, document.createTextNode(` ${text}`)]) };
  };
  const keep = radio('keep', labels.keepSaved, true);
  const drop = radio('drop', labels.dropSaved, false);
  const start = el('button', { className: 'reset-start', text: labels.resetStart, attrs: { type: 'button' } });
  const question = el('p', { className: 'confirm-text' });
  const confirm = el('button', { className: 'reset-confirm danger', text: labels.resetConfirm, attrs: { type: 'button' } });
  const cancel = el('button', { className: 'reset-cancel', text: labels.cancel, attrs: { type: 'button' } });
  const confirmBox = el('div', { className: 'confirm', attrs: { role: 'alertdialog', 'aria-label': labels.resetHeading } }, [question, el('div', { className: 'actions' }, [confirm, cancel])]);
  const status = el('p', { className: 'data-status reset-status', attrs: { role: 'status' } });
  confirmBox.hidden = true;
  const close = () => ((confirmBox.hidden = true), (start.disabled = false), start.focus());
  start.addEventListener('click', () => {
    question.textContent = keep.input.checked ? labels.confirmKeep : labels.confirmDrop;
    confirmBox.hidden = false;
    start.disabled = true;
    cancel.focus();
  });
  cancel.addEventListener('click', close);
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    status.textContent = labels.resetting;
    const reply = await request(send, { type: 'data/reset', keepSaved: keep.input.checked }, ResetReply);
    confirm.disabled = false;
    close();
    status.textContent = reply.ok ? labels.resetDone(reply.data) : reply.error;
  });
  return el('div', { className: 'data-block reset' }, [
    el('h3', { text: labels.resetHeading }),
    el('p', { className: 'hint', text: labels.resetIntro }),
    el('fieldset', { className: 'reset-choice' }, [el('legend', { text: labels.savedChoice }), keep.label, drop.label]),
    el('div', { className: 'actions' }, [start]),
    confirmBox,
    status,
  ]);
}
