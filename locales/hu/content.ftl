# Kalm — magyar. Udvarias „Ön” megszólítás (pl. „Jelentkezzen be”), ahogy a hazai egészségügyi szolgáltatások; rövid mondatok, mindig a következő lépés, soha nem hibáztatunk.

error-tool-kind-unknown = Válasszon modult, naplót vagy kérdőívet.
error-tool-title-empty = Adjon címet a feladatnak.
error-tool-title-too-long = A cím legfeljebb 200 karakterből állhat.
error-tool-description-too-long = A leírás legfeljebb 1000 karakterből állhat.
error-tool-document-invalid = Ez a fájl nem olyan feladat, amelyet a Kalm be tud olvasni.
error-tool-schema-unknown = Ezt a fájlt egy újabb verzió hozta létre. Exportálja újra egy ugyanilyen verziójú telepítésből.
error-not-a-content-platform = Feladatokat csak tartalomplatformon lehet készíteni.
error-not-a-care-platform = Válasszon ellátási platformot a katalógushoz.
error-draft-outdated = Valaki más is mentette ezt a piszkozatot, miután Ön megnyitotta. Nyissa meg újra, hogy lássa az ő módosításait, majd végezze el a sajátjait.
error-tool-fixed = A feladat fajtája és nyelve a létrehozása után nem módosítható.
error-nothing-to-release = A piszkozat megegyezik a legutóbbi verzióval. Előbb módosítson valamit.
error-release-refused = A piszkozat még nem tehető közzé. Előbb oldja meg a felsorolt problémákat.
error-tool-not-found = Ez a feladat nem található ezen a platformon.
error-version-not-found = Ez a verzió nem létezik.
error-revision-required = Adja meg, hogy a módosítása a piszkozat melyik változatán alapul (If-Match fejléc).
