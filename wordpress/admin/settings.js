/**
 * Settings → IOM elements: checks the overrides with the library's own checker as the admin
 * types, and keeps the form from being sent while they break the rules (the server checks again).
 */
(function (wp, settings) {
  'use strict';
  const { __, sprintf } = wp.i18n;
  const form = document.getElementById('iom-elements-settings');
  const field = document.getElementById('iom-elements-overrides');
  const out = document.getElementById('iom-elements-overrides-problems');
  if (!form || !field || !out) {
    return;
  }
  const checker = import(settings.checker);

  /** The problems of the field's text: not JSON, or what the library's rules say. */
  async function problems() {
    const text = field.value.trim();
    if (text === '') {
      return [];
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      /* translators: %s: the JSON parser's message. */
      return [sprintf(__('overrides: is not valid JSON: %s', 'iom-elements'), error.message)];
    }
    return (await checker).check(value);
  }

  function show(found) {
    out.replaceChildren();
    field.setAttribute('aria-invalid', found.length ? 'true' : 'false');
    if (!found.length) {
      return;
    }
    const box = document.createElement('div');
    box.className = 'notice notice-error inline';
    const intro = document.createElement('p');
    intro.textContent = __(
      "These overrides break the library's rules; nothing is saved until they are fixed:",
      'iom-elements',
    );
    const list = document.createElement('ul');
    for (const problem of found) {
      const item = document.createElement('li');
      item.textContent = problem;
      list.append(item);
    }
    box.append(intro, list);
    out.append(box);
  }

  let pending;
  field.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(() => problems().then(show), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // If the checker cannot load, the server's own check still guards the save.
    problems()
      .then(undefined, () => [])
      .then((found) => {
        show(found);
        if (found.length) {
          field.focus();
          return;
        }
        // The form's own submit() sends it without another submit event.
        HTMLFormElement.prototype.submit.call(form);
      });
  });
})(window.wp, window.iomElementsSettings);
