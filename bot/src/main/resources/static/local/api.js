// Part of the local chat page (plain JavaScript modules, no build step). Everything from the server is
// inserted with textContent, never parsed as HTML, so nothing typed or stored can become markup.

export var identity = document.getElementById('identity');

export function who() { return identity.value || 'practitioner'; }

export function getJson(url) {
  return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) {
    return r.json().then(function (json) { return { ok: r.ok, status: r.status, json: json }; });
  });
}

export function postJson(url, body) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify(body)
  }).then(function (r) {
    return r.json().then(function (json) { return { ok: r.ok, status: r.status, json: json }; });
  });
}
