// One click copies a citation to the clipboard (falls back to selecting it).
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-copy-target]");
    if (!button) { return; }
    var text = document.getElementById(button.dataset.copyTarget).textContent.trim();
    var done = function () { button.textContent = button.dataset.copied; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { select(button.dataset.copyTarget); });
    } else {
      select(button.dataset.copyTarget);
      try { document.execCommand("copy"); done(); } catch (e) { /* selection stays for manual copy */ }
    }
  });
  function select(id) {
    var range = document.createRange();
    range.selectNodeContents(document.getElementById(id));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
})();
