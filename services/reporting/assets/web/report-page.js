// Harbour's anonymous report page: sends the forms as JSON to this same service and shows the
// answers. No third-party code, no storage in the browser, nothing sent anywhere else.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const main = document.getElementById('main');
  const text = (key) => main.dataset[key];
  let receiptCode = '';

  function showError(field, message) {
    const error = document.getElementById(`${field.id}-error`);
    field.setAttribute('aria-invalid', 'true');
    error.textContent = message;
    error.hidden = false;
  }

  function clearErrors(form) {
    for (const field of form.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const error of form.querySelectorAll('.error')) {
      error.textContent = '';
      error.hidden = true;
    }
  }

  /** Marks every empty required field; focuses the first one. */
  function requireFields(form) {
    const empty = [...form.querySelectorAll('[required]')].filter((field) => field.value.trim() === '');
    for (const field of empty) showError(field, text('errorRequired'));
    if (empty.length > 0) empty[0].focus();
    return empty.length === 0;
  }

  function failureMessage(response) {
    return response.status === 429 ? text('errorTooMany') : text('errorGeneric');
  }

  const reportForm = document.getElementById('report-form');
  reportForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(reportForm);
    if (!requireFields(reportForm)) return;
    const body = Object.fromEntries([...new FormData(reportForm)].filter(([, value]) => value !== ''));
    const formError = document.getElementById('report-form-error');
    try {
      const response = await fetch('/anonymous-reports', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!response.ok) {
        formError.textContent = failureMessage(response);
        formError.hidden = false;
        return;
      }
      const receipt = await response.json();
      reportForm.reset();
      reportForm.hidden = true;
      document.getElementById('receipt-code').textContent = receipt.receiptCode;
      document.getElementById('receipt').hidden = false;
      document.getElementById('receipt-heading').focus();
    } catch {
      formError.textContent = text('errorGeneric');
      formError.hidden = false;
    }
  });

  function showConversation(report) {
    const list = document.getElementById('messages');
    list.replaceChildren(
      ...report.messages.map((message) => {
        const item = document.createElement('li');
        const author = document.createElement('strong');
        author.textContent = message.from === 'reporter' ? text('fromYou') : text('fromResponder');
        const body = document.createElement('p');
        body.textContent = message.text;
        item.append(author, body);
        return item;
      }),
    );
    document.getElementById('conversation').hidden = false;
  }

  async function loadConversation() {
    return fetch('/anonymous-reports/follow-up', { headers: { 'X-Receipt-Code': receiptCode }, credentials: 'omit', referrerPolicy: 'no-referrer' });
  }

  const followUpForm = document.getElementById('follow-up-form');
  followUpForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(followUpForm);
    if (!requireFields(followUpForm)) return;
    const field = document.getElementById('receiptCode');
    receiptCode = field.value.trim();
    try {
      const response = await loadConversation();
      if (!response.ok) {
        showError(field, response.status === 429 ? text('errorTooMany') : text('errorCode'));
        field.focus();
        return;
      }
      showConversation(await response.json());
      document.getElementById('conversation-heading').focus();
    } catch {
      showError(field, text('errorGeneric'));
    }
  });

  const messageForm = document.getElementById('message-form');
  messageForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(messageForm);
    if (!requireFields(messageForm)) return;
    const field = document.getElementById('newMessage');
    const status = document.getElementById('message-status');
    try {
      const response = await fetch('/anonymous-reports/follow-up/messages', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Receipt-Code': receiptCode },
        body: JSON.stringify({ text: field.value }),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!response.ok) {
        showError(field, failureMessage(response));
        return;
      }
      messageForm.reset();
      status.textContent = text('messageSent');
      const refreshed = await loadConversation();
      if (refreshed.ok) showConversation(await refreshed.json());
    } catch {
      showError(field, text('errorGeneric'));
    }
  });
});
