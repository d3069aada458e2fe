// Asks before an action that cannot be undone: a form with data-confirm="..." is sent only if the
// member of staff says yes. Without JavaScript the form is sent at once (the server still checks it).
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
