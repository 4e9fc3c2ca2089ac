# Kalm — polski. Zwracamy się na „Ty” (np. „Zaloguj się”), jak większość polskich aplikacji; czas przeszły bezosobowo („Zapisano”), żeby nie zgadywać płci.

error-tool-kind-unknown = Wybierz moduł, dzienniczek lub kwestionariusz.
error-tool-title-empty = Nadaj zadaniu tytuł.
error-tool-title-too-long = Tytuł może mieć najwyżej 200 znaków.
error-tool-description-too-long = Opis może mieć najwyżej 1000 znaków.
error-tool-document-invalid = Ten plik nie jest zadaniem, które Kalm potrafi odczytać.
error-tool-schema-unknown = Ten plik utworzono w nowszej wersji. Wyeksportuj go ponownie z instalacji w tej wersji.
error-not-a-content-platform = Zadania tworzy się tylko na platformach treści.
error-not-a-care-platform = Wybierz platformę opieki dla katalogu.
error-draft-outdated = Ktoś inny zapisał tę wersję roboczą, gdy była u Ciebie otwarta. Otwórz ją ponownie, aby zobaczyć zmiany tej osoby, a potem wprowadź swoje.
error-tool-fixed = Rodzaju i języka zadania nie można zmienić po jego utworzeniu.
error-nothing-to-release = Wersja robocza jest taka sama jak najnowsza wersja. Najpierw coś zmień.
error-release-refused = Wersji roboczej nie można jeszcze wydać. Najpierw rozwiąż wymienione problemy.
error-tool-not-found = Nie znaleziono tego zadania na tej platformie.
error-version-not-found = Ta wersja nie istnieje.
error-revision-required = Podaj, na której wersji roboczej opiera się Twoja zmiana (nagłówek If-Match).
