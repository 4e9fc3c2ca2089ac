// Copy and print buttons for the recovery codes page. Without script the
// codes stay selectable and the download link works; the buttons stay hidden.
(function () {
  var list = document.getElementById("recovery-codes");
  if (!list) return;
  var codes = Array.prototype.map.call(list.querySelectorAll("code"), function (c) { return c.textContent; });
  var copy = document.getElementById("copy-codes");
  var print = document.getElementById("print-codes");
  var status = document.getElementById("copy-status");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(codes.join("\n")).then(function () {
        status.textContent = copy.getAttribute("data-copied");
      });
    });
  }
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
