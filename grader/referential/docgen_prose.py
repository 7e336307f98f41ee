"""The hand-written French prose of the référentiel format reference.

Kept apart from ``docgen`` (which renders the key tables from ``spec.FORMAT``
and assembles the document) so that each reads on its own. The ``{…}`` fields
are filled by ``docgen`` with values taken from the code; literal braces are
doubled. After editing, run ``python -m grader.referential.docgen``.
"""

INTRO = """\
# Format des référentiels (`{format_id}`)

> Document généré par `python -m grader.referential.docgen` à partir de la
> description du format (`grader/referential/spec.py`), la même qui sert à
> grader pour vérifier les fichiers et à produire `referentials/schema.json`.
> Ne le modifiez pas à la main : modifiez la description (ou les textes de
> `grader/referential/docgen_prose.py`), puis relancez la commande.

Un référentiel décrit les règles d'évaluation d'une certification : ses blocs
de compétences, ses épreuves, les critères de chaque grille, l'échelle de
notation et la règle qui propose « validé » ou « non validé » pour chaque bloc.
C'est un fichier texte au format YAML, enregistré en UTF-8, un fichier par
certification (les référentiels livrés sont dans `referentials/`).

Quelques principes du YAML : l'indentation (des espaces, jamais de tabulation)
indique ce qui est contenu dans quoi ; un tiret `- ` commence un élément de
liste ; `{{code: CE.1, text: …}}` écrit une liste de clés sur une ligne ; `#`
commence un commentaire. Un texte s'écrit sans guillemets, sauf s'il commence
par un caractère spécial (`{{`, `[`, `*`, `&`, `!`, `%`, `@`) ou contient `: `
ou ` #` ; un nombre donné pour un texte (`nsf: 0320`) est gardé tel qu'il est
écrit. Une clé inconnue est refusée (souvent une faute de
frappe : grader propose la clé la plus proche).

## Vérifier un référentiel

```sh
grader referential check mon-referentiel.yaml
grader referential show mon-referentiel.yaml      # l'arborescence blocs → épreuves → critères
```

Un fichier correct affiche `mon-referentiel.yaml: OK — 4 blocs, 12 critères`.
Sinon, chaque problème est donné avec le fichier et la ligne, par exemple :

```text
{broken}
```

Un référentiel qui a un problème est refusé en entier : l'application ne
l'ouvre pas et ne crée pas de session avec lui.
"""

SCALES = """\
## Échelles de notation

L'échelle dit comment chaque critère est noté et à partir de quand il est
**réussi**. Le référentiel choisit une échelle par défaut (`scale`, `binary` si
la clé manque) ; une épreuve peut en choisir une autre avec sa propre clé `scale`.

### `binary` — intégrée

Toujours disponible, sans rien déclarer ; elle ne peut pas être redéfinie.

{binary}

### `levels` — niveaux nommés

Au moins deux niveaux, du plus bas au plus haut ; `passing: true` marque les
niveaux où le critère est réussi. Au moins un niveau doit être réussi et au
moins un non réussi.

```yaml
scales:
  - id: quatre-niveaux
    kind: levels
    label: Non acquis → Maîtrisé
    levels:
      - {{code: NA, label: Non acquis, passing: false}}
      - {{code: EC, label: En cours d'acquisition, passing: false}}
      - {{code: A, label: Acquis, passing: true}}
      - {{code: M, label: Maîtrisé, passing: true}}
```

### `points` — une note par critère

`max_points` est la note maximale d'un critère, `pass_points` la note à partir
de laquelle il est réussi (au plus `max_points`). Un critère peut avoir son
propre `max_points` ; il ne peut pas être inférieur à `pass_points`. Une échelle
à points ne liste pas de niveaux, une échelle à niveaux ne donne pas de points.

```yaml
scales:
  - id: sur-4
    kind: points
    label: Points (sur 4)
    max_points: 4
    pass_points: 2
```
"""

RULES = """\
## Règles de validation d'un bloc

La règle **propose** une décision pour le bloc à partir des grilles ; le jury
décide, et doit motiver une décision qui s'écarte de la proposition. Tant que
des critères ne sont pas notés, la proposition est « incomplet », sauf si le
résultat est déjà certain quelles que soient les notes manquantes. Sans clé
`rule`, c'est `all_criteria`. `rule: all_criteria` est l'écriture courte de
`rule: {kind: all_criteria}`. Une clé qui ne sert pas à la règle choisie est
refusée (par exemple `share` avec `every_group`).

### `all_criteria` — tous les critères

Le bloc est proposé validé quand tous les critères de toutes ses épreuves sont
réussis ; un seul critère manqué suffit à proposer « non validé ».

```yaml
rule: all_criteria
```

### `min_share` — une part minimale de critères

`share` est la part minimale de critères réussis, entre 0 et 1 : `0.8` pour
80 %. Le nombre requis est arrondi au-dessus (80 % de 12 critères : 10).

```yaml
rule: {kind: min_share, share: 0.8}
```

### `every_group` — chaque groupe de critères

Dans chaque groupe, au moins `at_least` critères réussis ; sans `at_least`, tous
les critères de chaque groupe. `groups` limite la règle à certains groupes, par
leur identifiant (`g1`, `g2`… selon leur position dans l'épreuve, ou l'`id`
donné au groupe). Le référentiel est refusé si un groupe concerné a moins de
critères que `at_least`.

```yaml
rule: {kind: every_group, at_least: 1, groups: [g1, g2]}
```

### `points` — un total minimal, avec notes éliminatoires

Demande une échelle `points` pour toutes les épreuves du bloc. Le bloc est
proposé validé quand la somme des points atteint `pass_mark` (obligatoire).
`out_of` est le total maximal (par défaut la somme des notes maximales des
critères) : si elle est différente de cette somme, le total est ramené à
`out_of` (par exemple trois critères sur 4, total ramené sur 12). `floors`
donne des notes éliminatoires : un critère noté en dessous de sa note
éliminatoire fait proposer « non validé » quel que soit le total. Les
critères y sont cités par leur identifiant complet (voir plus bas).

```yaml
rule:
  kind: points
  pass_mark: 6
  out_of: 12
  floors: {BC03/oral/g1/CE.1: 1}
  note: Seuil communiqué par le certificateur le 12 mars.
```

`note` (toutes les règles) garde l'origine de la règle, par exemple « règle non
précisée par le certificateur ; tous les critères par défaut ».
"""

IDS = """\
## Identifiant des critères

La numérotation CE.1, CE.2… recommence dans chaque groupe : le code seul ne
désigne pas un critère. grader donne donc à chaque critère un identifiant
unique dans le référentiel :
`<code du bloc>/<id de l'épreuve>/<id du groupe>/<code du critère>`.
L'identifiant du groupe est son `id`, ou `g1`, `g2`… selon sa position dans
l'épreuve ; un critère sans code (`code: null`) prend `c1`, `c2`… selon sa
position dans le groupe. Un critère peut aussi recevoir un `id` explicite, qui
remplace tout le chemin. Deux critères avec le même identifiant sont refusés.

Les identifiants des critères de l'exemple complet ci-dessous :

{ids}

Ces identifiants sont enregistrés dans les grilles : changer le code d'un
bloc, l'identifiant d'une épreuve ou l'ordre des groupes change les
identifiants, donc la version du référentiel (voir l'empreinte).
"""

HASH = """\
## Empreinte du référentiel

L'empreinte est le SHA-256 du texte du fichier (encodé en UTF-8). Chaque
session de jury garde le texte complet du référentiel et son empreinte ; les
grilles des jurés la recopient. À la fusion, une grille notée avec une autre
version du référentiel est refusée (« ce fichier a été noté avec une autre
version du référentiel que celle de la session »). Toute modification du
fichier, même un commentaire ou un espace, change l'empreinte : corrigez un
référentiel avant de créer la session, pas pendant.
"""

CERTIFICATION = """\
## Certification et composition du jury

`certification` dit quand la certification est délivrée. La seule règle est
`all_blocs` : tous les blocs validés. Avec `capitalisable: true` (par défaut),
un bloc validé lors d'une session antérieure compte : il apparaît « déjà
acquis », avec sa date et sa session d'origine. Sans clé `certification`,
c'est `{{rule: all_blocs, capitalisable: true}}` ; `certification: all_blocs`
est l'écriture courte.

```yaml
certification: {{rule: all_blocs, capitalisable: true}}
```

`jury` décrit la composition exigée par le certificateur ; quand le jury de la
session ne la respecte pas, la fenêtre de la session l'indique (ligne ⚠).
`min_members` (1 par défaut) est le nombre minimal de membres, `required_roles`
les rôles obligatoires, `min_outside_share` la part minimale de professionnels
extérieurs (rôle `professionnel` ; un formateur ne compte pas comme extérieur),
`text` les mots du certificateur. Les rôles possibles :

{roles}

```yaml
jury:
  min_members: 3
  required_roles: [responsable_pedagogique, professionnel]
  min_outside_share: 0.5
  text: Un responsable pédagogique et deux professionnels extérieurs.
```
"""

EXAMPLE = """\
## Exemple complet

Ce référentiel de test (fichier [`exemple-referentiel.yaml`](exemple-referentiel.yaml)) utilise
chaque échelle et chaque règle. Il est vérifié à chaque génération de ce
document.

```yaml
{example}```
"""


# A short file with two mistakes; the reference shows the loader's own messages for it.
BROKEN = """\
format: grader-referential/1
id: essai
title: Essai
certifier: École
blocs:
  - code: BC01
    title: Bloc
    competencies:
      - {code: C1.1, text: Définir une veille.}
    assessments:
      - id: veille
        title: Veille
        competencies: [C1.2]
        scale: quatre-niveaux
        groups:
          - title: Pertinence
            criteria:
              - {code: CE.1, text: Les besoins sont définis.}
"""
