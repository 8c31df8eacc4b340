// Search as you type: a quarter of a second after the last keystroke, the
// search page for the form's current state is fetched and its results
// replace the ones shown; a newer keystroke aborts the older fetch. Without
// this script the form submits as usual.
"use strict";
(function () {
	var form = document.querySelector("form[role=search]");
	var input = form && form.querySelector("input[name=q]");
	var status = document.getElementById("sok-status");
	if (!input || !status || !window.fetch || !window.AbortController) {
		return;
	}
	var timer = 0;
	var pending = null;

	// url is the page the form would submit to, without its empty fields.
	function url() {
		var params = new URLSearchParams();
		new FormData(form).forEach(function (value, name) {
			if (value !== "") {
				params.append(name, value);
			}
		});
		var query = params.toString();
		return form.getAttribute("action") + (query ? "?" + query : "");
	}

	// say tells what happened: an error in sight, else the number of
	// matches to a screen reader.
	function say(text, isError) {
		status.textContent = text;
		status.className = isError ? "error" : "sr-only";
	}

	// show puts the results of page in place of the ones shown, or, when
	// page is an error, says why and keeps them.
	function show(page, target) {
		var error = page.querySelector(".error");
		if (error) {
			say(error.textContent, true);
			return;
		}
		var total = page.querySelector(".total");
		say(total ? total.textContent : "", false);
		var fresh = page.querySelector(".results");
		var old = document.querySelector(".results");
		if (old && fresh) {
			old.replaceWith(fresh);
		} else if (old) {
			old.remove();
		} else if (fresh) {
			form.after(fresh);
		}
		document.title = page.title;
		document.querySelector("h1").textContent = page.querySelector("h1").textContent;
		history.replaceState(null, "", target);
	}

	function update() {
		var target = url();
		if (pending) {
			pending.abort();
		}
		pending = new AbortController();
		fetch(target, {signal: pending.signal, credentials: "same-origin"})
			.then(function (res) {
				return res.text();
			})
			.then(function (html) {
				show(new DOMParser().parseFromString(html, "text/html"), target);
			})
			.catch(function (err) {
				if (err.name !== "AbortError") {
					say("Søket kunne ikke oppdateres: " + err.message, true);
				}
			});
	}

	input.addEventListener("input", function () {
		clearTimeout(timer);
		timer = setTimeout(update, 250);
	});
})();
