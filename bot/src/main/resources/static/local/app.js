// The local chat page: plain JavaScript, no build step. Everything from the server is inserted
// with textContent, never parsed as HTML, so nothing typed or stored can become markup.
// The entry module: it wires the conversation, the inbox and panel channel, and the test clock together.
import { getJson, identity } from './api.js';
import { loadIdentities, onTurn } from './chat.js';
import { loadPanel, refreshCases } from './cases.js';
import { loadClock } from './clock.js';

var panelBoard = document.getElementById('panel-board');
var inboxMessage = document.getElementById('inbox-message');
var panelMessage = document.getElementById('panel-message');

function loadBoards() {
  return getJson('/local/api/panel').then(function (result) {
    var boards = result.ok ? result.json.boards : [];
    panelBoard.textContent = '';
    boards.forEach(function (b) { panelBoard.appendChild(new Option(b.name, b.id)); });
  });
}

panelBoard.addEventListener('change', function () { panelMessage.textContent = ''; loadPanel(); });
identity.addEventListener('change', function () {
  inboxMessage.textContent = '';
  panelMessage.textContent = '';
  refreshCases();
});
document.getElementById('inbox-refresh').addEventListener('click', function () {
  inboxMessage.textContent = '';
  panelMessage.textContent = '';
  refreshCases();
});
onTurn(refreshCases);

loadBoards().then(refreshCases).catch(refreshCases);
loadClock();

loadIdentities();
