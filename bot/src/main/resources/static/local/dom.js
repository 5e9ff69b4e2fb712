// Part of the local chat page (plain JavaScript modules, no build step). Everything from the server is
// inserted with textContent, never parsed as HTML, so nothing typed or stored can become markup.

export function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined && text !== null) { node.textContent = text; }
  return node;
}

export function heading(level, className, text) {
  var h = el('h' + level, className, text);
  h.setAttribute('tabindex', '-1');
  h.classList.add('app-message__heading');
  return h;
}

/** The recommendation's reasons, each with the framework's words, and the answers given as not sure. */
export function appendReasons(parent, rec) {
  parent.appendChild(el('h4', 'govuk-heading-s', 'Why'));
  (rec.reasons || []).forEach(function (reason) {
    parent.appendChild(el('p', 'govuk-body', reason.statement));
    var inset = el('div', 'govuk-inset-text');
    // Quotation marks only for the framework's own words; a Working Together paraphrase is shown as it is.
    inset.appendChild(el('p', 'govuk-body', reason.verbatim ? '\u201C' + reason.quote + '\u201D' : reason.quote));
    inset.appendChild(el('p', 'govuk-body-s', reason.credit));
    parent.appendChild(inset);
  });
  if (rec.uncertain && rec.uncertain.length) {
    parent.appendChild(el('h4', 'govuk-heading-s', 'Answered not sure'));
    parent.appendChild(list(rec.uncertain.map(function (q) { return q.label; })));
  }
}

export function list(items) {
  var ul = el('ul', 'govuk-list govuk-list--bullet');
  items.forEach(function (text) { ul.appendChild(el('li', null, text)); });
  return ul;
}

// A banner in a live region: success (green) or a plain note; focus goes to it so it is read out.
export function banner(container, text, success) {
  container.textContent = '';
  if (!text) { return; }
  var box = el('div', 'govuk-notification-banner' + (success ? ' govuk-notification-banner--success' : ''));
  box.setAttribute('role', success ? 'alert' : 'region');
  var header = el('div', 'govuk-notification-banner__header');
  header.appendChild(el('h3', 'govuk-notification-banner__title', success ? 'Done' : 'Important'));
  box.appendChild(header);
  var content = el('div', 'govuk-notification-banner__content');
  content.appendChild(el('p', 'govuk-notification-banner__heading', text));
  box.appendChild(content);
  container.appendChild(box);
  container.focus();
}

export function factsList(facts) {
  var dl = el('dl', 'govuk-summary-list');
  (facts || []).forEach(function (fact) {
    var row = el('div', 'govuk-summary-list__row govuk-summary-list__row--no-actions');
    row.appendChild(el('dt', 'govuk-summary-list__key', fact.label));
    row.appendChild(el('dd', 'govuk-summary-list__value', fact.value));
    dl.appendChild(row);
  });
  return dl;
}
