// Copy buttons: a button with data-copy-from="<id>" copies that field's
// value (or element's text) and says so in its data-copy-status region.
// Without script the buttons stay hidden and the field can be selected.
(function () {
  var buttons = document.querySelectorAll("button[data-copy-from]");
  if (!navigator.clipboard) return;
  Array.prototype.forEach.call(buttons, function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-from"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = "value" in source ? source.value : source.textContent;
      navigator.clipboard.writeText(text).then(function () {
        if (status) status.textContent = button.getAttribute("data-copied");
      });
    });
  });
})();
