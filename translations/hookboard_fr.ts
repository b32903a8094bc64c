<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiExplorer</name>
    <message>
        <source>List receivers</source>
        <translation>Lister les destinataires</translation>
    </message>
    <message>
        <source>List subscriptions</source>
        <translation>Lister les abonnements</translation>
    </message>
    <message>
        <source>Create a receiver</source>
        <translation>Créer un destinataire</translation>
    </message>
    <message>
        <source>Subscribe to new runs</source>
        <translation>S&apos;abonner aux nouvelles exécutions</translation>
    </message>
    <message>
        <source>Disable a receiver</source>
        <translation>Désactiver un destinataire</translation>
    </message>
    <message>
        <source>Disable a subscription</source>
        <translation>Désactiver un abonnement</translation>
    </message>
    <message>
        <source>Send a test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Failed deliveries</source>
        <translation>Livraisons en échec</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>method: this endpoint accepts %1 only</source>
        <translation>method&#xa0;: ce point de terminaison n&apos;accepte que %1</translation>
    </message>
    <message>
        <source>the disk is full: the change was not stored; free some space and publish it again</source>
        <translation>le disque est plein&#xa0;: la modification n&apos;a pas été enregistrée&#xa0;; libérez de l&apos;espace et publiez-la à nouveau</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: must be visible ASCII characters only, without spaces</source>
        <translation>%1&#xa0;: ne doit contenir que des caractères ASCII visibles, sans espaces</translation>
    </message>
    <message>
        <source>cannot generate an API token: the system&apos;s random source failed</source>
        <translation>impossible de générer un jeton d&apos;API&#xa0;: la source d&apos;aléa du système a échoué</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>cannot make the certificate: %1 failed (%2)</source>
        <translation>impossible de créer le certificat&#xa0;: échec de %1 (%2)</translation>
    </message>
    <message>
        <source>validDays: must be between 1 and %1</source>
        <translation>validDays&#xa0;: doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>hosts: &quot;%1&quot; is neither a DNS name nor an IP address</source>
        <translation>hosts&#xa0;: &quot;%1&quot; n&apos;est ni un nom DNS ni une adresse IP</translation>
    </message>
    <message>
        <source>cannot load the certificate or its key into Qt&apos;s TLS backend</source>
        <translation>impossible de charger le certificat ou sa clé dans le backend TLS de Qt</translation>
    </message>
    <message>
        <source>certificate: not a PEM X.509 certificate</source>
        <translation>certificate&#xa0;: n&apos;est pas un certificat PEM X.509</translation>
    </message>
    <message>
        <source>key: not an unencrypted PEM private key</source>
        <translation>key&#xa0;: n&apos;est pas une clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>key: does not belong to the certificate</source>
        <translation>key&#xa0;: n&apos;appartient pas au certificat</translation>
    </message>
    <message>
        <source>commonName: must be 1 to 64 characters</source>
        <translation>commonName&#xa0;: doit comporter de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>certificate: not signed by the given certificate authority</source>
        <translation>certificate&#xa0;: n&apos;est pas signé par l&apos;autorité de certification indiquée</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <source>Hookboard: register webhook receivers, subscribe them to changes and deliver every change as a signed HTTP POST.</source>
        <translation>Hookboard&#xa0;: enregistrez des destinataires de webhooks, abonnez-les à des modifications et livrez chaque modification sous forme de POST HTTP signé.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print the GraphQL API&apos;s schema as SDL and exit.</source>
        <translation>Afficher le schéma de l&apos;API GraphQL au format SDL et quitter.</translation>
    </message>
    <message>
        <source>Run without the console until SIGTERM or SIGINT.</source>
        <translation>Fonctionner sans la console jusqu&apos;à SIGTERM ou SIGINT.</translation>
    </message>
    <message>
        <source>Folder that holds the store and settings (default: %1).</source>
        <translation>Dossier contenant la base de données et les paramètres (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Address of the local API (default 127.0.0.1:8765; port 0 picks a free one). An address other than loopback needs --api-tls-cert and --api-tls-key.</source>
        <translation>Adresse de l&apos;API locale (par défaut 127.0.0.1:8765&#xa0;; le port 0 en choisit un libre). Une adresse autre que l&apos;adresse de bouclage exige --api-tls-cert et --api-tls-key.</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>hôte:port</translation>
    </message>
    <message>
        <source>Bearer token for the API (or set HOOKBOARD_API_TOKEN). Without one, a token is generated once and kept in the store.</source>
        <translation>Jeton Bearer pour l&apos;API (ou définissez HOOKBOARD_API_TOKEN). À défaut, un jeton est généré une seule fois et conservé dans la base de données.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>PEM certificate for serving the API over HTTPS.</source>
        <translation>Certificat PEM pour servir l&apos;API en HTTPS.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>PEM private key for serving the API over HTTPS.</source>
        <translation>Clé privée PEM pour servir l&apos;API en HTTPS.</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) trusted for receivers, besides the system&apos;s; repeatable.</source>
        <translation>Certificats CA supplémentaires (PEM) approuvés pour les destinataires, en plus de ceux du système&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Address of the built-in HTTPS sandbox receiver (default: a free loopback port).</source>
        <translation>Adresse du destinataire bac à sable HTTPS intégré (par défaut&#xa0;: un port libre sur l&apos;adresse de bouclage).</translation>
    </message>
    <message>
        <source>Seconds between attempts, for receivers that set none (default 5,300,1800,7200,18000,36000,36000).</source>
        <translation>Secondes entre les tentatives, pour les destinataires qui n&apos;en définissent pas (par défaut 5,300,1800,7200,18000,36000,36000).</translation>
    </message>
    <message>
        <source>s,s,...</source>
        <translation>s,s,...</translation>
    </message>
    <message>
        <source>Seconds an attempt may take, for receivers that set none (default 15).</source>
        <translation>Durée maximale d&apos;une tentative en secondes, pour les destinataires qui n&apos;en définissent pas (par défaut 15).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Days finished events are kept before they are removed (default 30; 0 keeps every event).</source>
        <translation>Nombre de jours de conservation des événements terminés avant leur suppression (par défaut 30&#xa0;; 0 conserve tous les événements).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Refuse deliveries to this range, besides link-local, cloud-metadata and multicast; repeatable.</source>
        <translation>Refuser les livraisons vers cette plage, en plus des adresses lien-local, de métadonnées cloud et multicast&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>cidr</source>
        <translation>cidr</translation>
    </message>
    <message>
        <source>Allow deliveries to this range inside a refused one; repeatable.</source>
        <translation>Autoriser les livraisons vers cette plage à l&apos;intérieur d&apos;une plage refusée&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;: Hookboard takes options only.</source>
        <translation>Argument inattendu &apos;%1&apos;&#xa0;: Hookboard n&apos;accepte que des options.</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; given more than once.</source>
        <translation>Option &apos;%1&apos; indiquée plusieurs fois.</translation>
    </message>
    <message>
        <source>Option &apos;data-dir&apos; needs a folder, not an empty value.</source>
        <translation>L&apos;option &apos;data-dir&apos; attend un dossier, pas une valeur vide.</translation>
    </message>
    <message>
        <source>Option &apos;api-token&apos; needs a token, not an empty value.</source>
        <translation>L&apos;option &apos;api-token&apos; attend un jeton, pas une valeur vide.</translation>
    </message>
    <message>
        <source>Options &apos;api-tls-cert&apos; and &apos;api-tls-key&apos; go together: give both or neither.</source>
        <translation>Les options &apos;api-tls-cert&apos; et &apos;api-tls-key&apos; vont ensemble&#xa0;: indiquez les deux ou aucune.</translation>
    </message>
    <message>
        <source>--retention-days: must be a whole number of days from 0 (keep every event) to %1 (got &quot;%2&quot;)</source>
        <translation>--retention-days&#xa0;: doit être un nombre entier de jours de 0 (conserver tous les événements) à %1 (reçu&#xa0;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--retry-schedule: &quot;%1&quot; is not a whole number of seconds</source>
        <translation>--retry-schedule&#xa0;: &quot;%1&quot; n&apos;est pas un nombre entier de secondes</translation>
    </message>
    <message>
        <source>--attempt-timeout: must be a whole number of seconds from 1 to 120 (got &quot;%1&quot;)</source>
        <translation>--attempt-timeout&#xa0;: doit être un nombre entier de secondes de 1 à 120 (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Option &apos;%1&apos; needs a value, not an empty one.</source>
        <translation>L&apos;option &apos;%1&apos; attend une valeur, pas une valeur vide.</translation>
    </message>
    <message>
        <source>Keep the store in PostgreSQL instead of the data folder, shared by every Hookboard pointed at it (the password from PGPASSWORD or --database-password-file).</source>
        <translation>Garder le stockage dans PostgreSQL plutôt que dans le dossier de données, partagé par chaque Hookboard qui y pointe (le mot de passe vient de PGPASSWORD ou de --database-password-file).</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/dbname</source>
        <translation>postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>With --database: seconds after which the attempts of an instance that stopped (killed, cut off) are taken over by the others (default 60).</source>
        <translation>Avec --database&#xa0;: secondes après lesquelles les tentatives d’une instance arrêtée (tuée, coupée) sont reprises par les autres (60 par défaut).</translation>
    </message>
    <message>
        <source>--lease-seconds: must be a whole number of seconds from %1 to %2 (got &quot;%3&quot;)</source>
        <translation>--lease-seconds&#xa0;: doit être un nombre entier de secondes de %1 à %2 (reçu «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>Option &apos;lease-seconds&apos; goes with --database: on one machine nothing takes over another instance&apos;s work.</source>
        <translation>L’option «&#xa0;lease-seconds&#xa0;» va avec --database&#xa0;: sur une seule machine, rien ne reprend le travail d’une autre instance.</translation>
    </message>
    <message>
        <source>--database-password-file: cannot read %1: %2</source>
        <translation>--database-password-file&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--database-password-file: %1 holds no password on its first line</source>
        <translation>--database-password-file&#xa0;: %1 ne contient aucun mot de passe sur sa première ligne</translation>
    </message>
    <message>
        <source>File whose first line is the PostgreSQL password for --database or --migrate-to.</source>
        <translation>Fichier dont la première ligne est le mot de passe PostgreSQL pour --database ou --migrate-to.</translation>
    </message>
    <message>
        <source>Copy the data folder&apos;s store into an empty PostgreSQL database, keeping every id, and exit (the password from PGPASSWORD or --database-password-file).</source>
        <translation>Copier le stockage du dossier de données dans une base PostgreSQL vide, en gardant chaque identifiant, puis quitter (le mot de passe vient de PGPASSWORD ou de --database-password-file).</translation>
    </message>
    <message>
        <source>Options &apos;migrate-to&apos; and &apos;database&apos; do not go together: --migrate-to copies the data folder&apos;s store into the database it names.</source>
        <translation>Les options «&#xa0;migrate-to&#xa0;» et «&#xa0;database&#xa0;» ne vont pas ensemble&#xa0;: --migrate-to copie le stockage du dossier de données dans la base qu’elle nomme.</translation>
    </message>
    <message>
        <source>Option &apos;database-password-file&apos; goes with --database or --migrate-to.</source>
        <translation>L’option «&#xa0;database-password-file&#xa0;» va avec --database ou --migrate-to.</translation>
    </message>
</context>
<context>
    <name>ConfigDocument</name>
    <message>
        <source>is not a field of a Hookboard configuration file (known here: %1)</source>
        <translation>n&apos;est pas un champ d&apos;un fichier de configuration Hookboard (connus ici&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>must be a whole number of seconds</source>
        <translation>doit être un nombre entier de secondes</translation>
    </message>
    <message>
        <source>%1 is listed twice for this receiver</source>
        <translation>%1 figure deux fois pour ce destinataire</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>dépasse %1&#xa0;Mio</translation>
    </message>
    <message>
        <source>is not JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not a Hookboard configuration file</source>
        <translation>doit être &quot;%1&quot;&#xa0;: ce n&apos;est pas un fichier de configuration Hookboard</translation>
    </message>
    <message>
        <source>is %1: the file comes from a newer Hookboard, which this one (format %2) cannot read</source>
        <translation>vaut %1&#xa0;: le fichier provient d&apos;un Hookboard plus récent, que celui-ci (format %2) ne peut pas lire</translation>
    </message>
    <message>
        <source>secretsIncluded: must be true or false</source>
        <translation>secretsIncluded&#xa0;: doit être true ou false</translation>
    </message>
    <message>
        <source>holds %1 receivers; at most %2 are imported at once</source>
        <translation>contient %1 destinataires&#xa0;; %2 au plus sont importés à la fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of an earlier receiver in the file; an import knows receivers by name</source>
        <translation>&quot;%1&quot; est le nom d&apos;un destinataire précédent dans le fichier&#xa0;; un import identifie les destinataires par leur nom</translation>
    </message>
    <message>
        <source>file: %1 cannot be written: %2</source>
        <translation>file&#xa0;: impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConfigImport</name>
    <message>
        <source>%1: receiver &quot;%2&quot; changed after the import was planned; nothing was imported. Plan the import again to see the changes.</source>
        <translation>%1&#xa0;: le destinataire &quot;%2&quot; a été modifié après la planification de l&apos;import&#xa0;; rien n&apos;a été importé. Planifiez de nouveau l&apos;import pour voir les modifications.</translation>
    </message>
    <message>
        <source>%1.name: %2 receivers here are called &quot;%3&quot;; rename all but one so that the import knows which to update</source>
        <translation>%1.name&#xa0;: %2 destinataires ici s&apos;appellent &quot;%3&quot;&#xa0;; renommez-les tous sauf un pour que l&apos;import sache lequel mettre à jour</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Do not ask again</source>
        <translation>Ne plus demander</translation>
    </message>
</context>
<context>
    <name>DeliveryStore</name>
    <message>
        <source>disabled automatically: every attempt failed since %1 (%2 failures in a row, the last: %3)</source>
        <translation>désactivé automatiquement&#xa0;: toutes les tentatives ont échoué depuis %1 (%2 échecs d&apos;affilée, le dernier&#xa0;: %3)</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1&#xa0;: aucun %2 avec l&apos;identifiant %3</translation>
    </message>
</context>
<context>
    <name>EventStatusStyle</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative prévue</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>GraphQL</name>
    <message>
        <source>Variables must be provided as an object.</source>
        <translation>Variables must be provided as an object.</translation>
    </message>
    <message>
        <source>Syntax Error: %1</source>
        <translation>Syntax Error: %1</translation>
    </message>
    <message>
        <source>More than %1 errors; the rest are not shown.</source>
        <translation>More than %1 errors; the rest are not shown.</translation>
    </message>
    <message>
        <source>Must provide operation name if query contains multiple operations.</source>
        <translation>Must provide operation name if query contains multiple operations.</translation>
    </message>
    <message>
        <source>Unknown operation named &quot;%1&quot;.</source>
        <translation>Unknown operation named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; of required type &quot;%2&quot; was not provided.</source>
        <translation>Variable &quot;$%1&quot; of required type &quot;%2&quot; was not provided.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; of non-null type &quot;%2&quot; must not be null.</source>
        <translation>Variable &quot;$%1&quot; of non-null type &quot;%2&quot; must not be null.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; got invalid value %2</source>
        <translation>Variable &quot;$%1&quot; got invalid value %2</translation>
    </message>
    <message>
        <source> at &quot;%1&quot;</source>
        <translation> at &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schema is not configured to execute %1 operation.</source>
        <translation>Schema is not configured to execute %1 operation.</translation>
    </message>
    <message>
        <source>The operation could return more than %1 objects (the budget); ask for fewer with &quot;first&quot;, select fewer nested lists, or split it into several requests.</source>
        <translation>The operation could return more than %1 objects (the budget); ask for fewer with &quot;first&quot;, select fewer nested lists, or split it into several requests.</translation>
    </message>
    <message>
        <source>The operation ran longer than %1 s and was stopped; ask for less, or split it into several requests.</source>
        <translation>The operation ran longer than %1 s and was stopped; ask for less, or split it into several requests.</translation>
    </message>
    <message>
        <source>The response would be larger than %1 MiB; it was stopped. Ask for less, or split it into several requests.</source>
        <translation>The response would be larger than %1 MiB; it was stopped. Ask for less, or split it into several requests.</translation>
    </message>
    <message>
        <source>Argument &quot;%1&quot; of required type &quot;%2&quot; was not provided.</source>
        <translation>Argument &quot;%1&quot; of required type &quot;%2&quot; was not provided.</translation>
    </message>
    <message>
        <source>Internal error: the disk is full, so the store cannot take writes.</source>
        <translation>Internal error: the disk is full, so the store cannot take writes.</translation>
    </message>
    <message>
        <source>Internal error: Hookboard could not complete this field; the details are in its log.</source>
        <translation>Internal error: Hookboard could not complete this field; the details are in its log.</translation>
    </message>
    <message>
        <source>Cannot return null for non-nullable field %1.</source>
        <translation>Cannot return null for non-nullable field %1.</translation>
    </message>
    <message>
        <source>Expected Iterable, but did not find one for field &quot;%1&quot;.</source>
        <translation>Expected Iterable, but did not find one for field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;.</source>
        <translation>Unknown type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enum &quot;%1&quot; cannot represent value: %2</source>
        <translation>Enum &quot;%1&quot; cannot represent value: %2</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is not an output type.</source>
        <translation>Type &quot;%1&quot; is not an output type.</translation>
    </message>
    <message>
        <source>Expected non-nullable type &quot;%1&quot; not to be null.</source>
        <translation>Expected non-nullable type &quot;%1&quot; not to be null.</translation>
    </message>
    <message>
        <source>Enum &quot;%1&quot; cannot represent non-string value: %2.</source>
        <translation>Enum &quot;%1&quot; cannot represent non-string value: %2.</translation>
    </message>
    <message>
        <source>Value &quot;%1&quot; does not exist in &quot;%2&quot; enum.</source>
        <translation>Value &quot;%1&quot; does not exist in &quot;%2&quot; enum.</translation>
    </message>
    <message>
        <source>Expected type &quot;%1&quot; to be an object.</source>
        <translation>Expected type &quot;%1&quot; to be an object.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of required type &quot;%2&quot; was not provided.</source>
        <translation>Field &quot;%1&quot; of required type &quot;%2&quot; was not provided.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is not defined by type &quot;%2&quot;.</source>
        <translation>Field &quot;%1&quot; is not defined by type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; is not an input type.</source>
        <translation>Type &quot;%1&quot; is not an input type.</translation>
    </message>
    <message>
        <source>Expected value of type &quot;%1&quot;, found %2</source>
        <translation>Expected value of type &quot;%1&quot;, found %2</translation>
    </message>
    <message>
        <source>Expected value of type &quot;%1&quot;,</source>
        <translation>Expected value of type &quot;%1&quot;,</translation>
    </message>
    <message>
        <source>Enum &quot;%1&quot; cannot represent non-enum value: %2.</source>
        <translation>Enum &quot;%1&quot; cannot represent non-enum value: %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1.%2&quot; of required type &quot;%3&quot; was not provided.</source>
        <translation>Field &quot;%1.%2&quot; of required type &quot;%3&quot; was not provided.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected %1.</source>
        <translation>Syntax Error: Unexpected %1.</translation>
    </message>
    <message>
        <source>Syntax Error: Expected %1, found %2.</source>
        <translation>Syntax Error: Expected %1, found %2.</translation>
    </message>
    <message>
        <source>Syntax Error: The document is larger than %1 bytes.</source>
        <translation>Syntax Error: The document is larger than %1 bytes.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected &lt;EOF&gt;.</source>
        <translation>Syntax Error: Unexpected &lt;EOF&gt;.</translation>
    </message>
    <message>
        <source>Syntax Error: Expected &quot;on&quot;, found %1.</source>
        <translation>Syntax Error: Expected &quot;on&quot;, found %1.</translation>
    </message>
    <message>
        <source>Syntax Error: List types nest deeper than %1 levels.</source>
        <translation>Syntax Error: List types nest deeper than %1 levels.</translation>
    </message>
    <message>
        <source>The operation nests selection sets deeper than %1 levels.</source>
        <translation>The operation nests selection sets deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Syntax Error: Values nest deeper than %1 levels.</source>
        <translation>Syntax Error: Values nest deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Syntax Error: Unexpected variable &quot;$%1&quot; in constant value.</source>
        <translation>Syntax Error: Unexpected variable &quot;$%1&quot; in constant value.</translation>
    </message>
    <message>
        <source>Int cannot represent non 32-bit signed integer value: %1</source>
        <translation>Int cannot represent non 32-bit signed integer value: %1</translation>
    </message>
    <message>
        <source>Int cannot represent non-integer value: %1</source>
        <translation>Int cannot represent non-integer value: %1</translation>
    </message>
    <message>
        <source>Float cannot represent non numeric value: %1</source>
        <translation>Float cannot represent non numeric value: %1</translation>
    </message>
    <message>
        <source>String cannot represent value: %1</source>
        <translation>String cannot represent value: %1</translation>
    </message>
    <message>
        <source>String cannot represent a non string value: %1</source>
        <translation>String cannot represent a non string value: %1</translation>
    </message>
    <message>
        <source>Boolean cannot represent a non boolean value: %1</source>
        <translation>Boolean cannot represent a non boolean value: %1</translation>
    </message>
    <message>
        <source>ID cannot represent value: %1</source>
        <translation>ID cannot represent value: %1</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; is never used.</source>
        <translation>Fragment &quot;%1&quot; is never used.</translation>
    </message>
    <message>
        <source>The operation selects more than %1 fields.</source>
        <translation>The operation selects more than %1 fields.</translation>
    </message>
    <message>
        <source>Fragment cannot condition on non composite type &quot;%1&quot;.</source>
        <translation>Fragment cannot condition on non composite type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; cannot condition on non composite type &quot;%2&quot;.</source>
        <translation>Fragment &quot;%1&quot; cannot condition on non composite type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There can be only one fragment named &quot;%1&quot;.</source>
        <translation>There can be only one fragment named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This anonymous operation must be the only defined operation.</source>
        <translation>This anonymous operation must be the only defined operation.</translation>
    </message>
    <message>
        <source>There can be only one operation named &quot;%1&quot;.</source>
        <translation>There can be only one operation named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Schema is not configured for mutations.</source>
        <translation>Schema is not configured for mutations.</translation>
    </message>
    <message>
        <source>Schema is not configured for subscriptions.</source>
        <translation>Schema is not configured for subscriptions.</translation>
    </message>
    <message>
        <source>There can be only one variable named &quot;$%1&quot;.</source>
        <translation>There can be only one variable named &quot;$%1&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; cannot be non-input type &quot;%2&quot;.</source>
        <translation>Variable &quot;$%1&quot; cannot be non-input type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is not defined.</source>
        <translation>Variable &quot;$%1&quot; is not defined.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is not defined by operation &quot;%2&quot;.</source>
        <translation>Variable &quot;$%1&quot; is not defined by operation &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; of type &quot;%2&quot; used in position expecting type &quot;%3&quot;.</source>
        <translation>Variable &quot;$%1&quot; of type &quot;%2&quot; used in position expecting type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is never used.</source>
        <translation>Variable &quot;$%1&quot; is never used.</translation>
    </message>
    <message>
        <source>Variable &quot;$%1&quot; is never used in operation &quot;%2&quot;.</source>
        <translation>Variable &quot;$%1&quot; is never used in operation &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown fragment &quot;%1&quot;.</source>
        <translation>Unknown fragment &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fragment &quot;%1&quot; cannot be spread here as objects of type &quot;%2&quot; can never be of type &quot;%3&quot;.</source>
        <translation>Fragment &quot;%1&quot; cannot be spread here as objects of type &quot;%2&quot; can never be of type &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Fragment cannot be spread here as objects of type &quot;%1&quot; can never be of type &quot;%2&quot;.</source>
        <translation>Fragment cannot be spread here as objects of type &quot;%1&quot; can never be of type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot query field &quot;%1&quot; on type &quot;%2&quot;.</source>
        <translation>Cannot query field &quot;%1&quot; on type &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must not have a selection since type &quot;%2&quot; has no subfields.</source>
        <translation>Field &quot;%1&quot; must not have a selection since type &quot;%2&quot; has no subfields.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; of type &quot;%2&quot; must have a selection of subfields. Did you mean &quot;%1 { ... }&quot;?</source>
        <translation>Field &quot;%1&quot; of type &quot;%2&quot; must have a selection of subfields. Did you mean &quot;%1 { ... }&quot;?</translation>
    </message>
    <message>
        <source>There can be only one argument named &quot;%1&quot;.</source>
        <translation>There can be only one argument named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot; on directive &quot;@%2&quot;.</source>
        <translation>Unknown argument &quot;%1&quot; on directive &quot;@%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot; on field &quot;%2&quot;.</source>
        <translation>Unknown argument &quot;%1&quot; on field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Directive &quot;@%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</source>
        <translation>Directive &quot;@%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</source>
        <translation>Field &quot;%1&quot; argument &quot;%2&quot; of type &quot;%3&quot; is required, but it was not provided.</translation>
    </message>
    <message>
        <source>Unknown directive &quot;@%1&quot;.</source>
        <translation>Unknown directive &quot;@%1&quot;.</translation>
    </message>
    <message>
        <source>Directive &quot;@%1&quot; may not be used on %2.</source>
        <translation>Directive &quot;@%1&quot; may not be used on %2.</translation>
    </message>
    <message>
        <source>The directive &quot;@%1&quot; can only be used once at this location.</source>
        <translation>The directive &quot;@%1&quot; can only be used once at this location.</translation>
    </message>
    <message>
        <source>Fragment spreads nest deeper than %1 levels.</source>
        <translation>Fragment spreads nest deeper than %1 levels.</translation>
    </message>
    <message>
        <source>Cannot spread fragment &quot;%1&quot; within itself.</source>
        <translation>Cannot spread fragment &quot;%1&quot; within itself.</translation>
    </message>
    <message>
        <source>Cannot spread fragment &quot;%1&quot; within itself via %2.</source>
        <translation>Cannot spread fragment &quot;%1&quot; within itself via %2.</translation>
    </message>
</context>
<context>
    <name>GraphQLHttp</name>
    <message>
        <source>method: /graphql accepts GET and POST only</source>
        <translation>method&#xa0;: /graphql n&apos;accepte que GET et POST</translation>
    </message>
    <message>
        <source>query: the query parameter is required</source>
        <translation>query&#xa0;: le paramètre query est obligatoire</translation>
    </message>
    <message>
        <source>%1: must be given only once</source>
        <translation>%1&#xa0;: ne doit être fourni qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>variables: must be a JSON object</source>
        <translation>variables&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>method: mutations must be sent with POST</source>
        <translation>method&#xa0;: les mutations doivent être envoyées avec POST</translation>
    </message>
    <message>
        <source>body: must be at most 1 MiB (got %1 bytes)</source>
        <translation>body&#xa0;: ne doit pas dépasser 1&#xa0;Mio (reçu&#xa0;: %1 octets)</translation>
    </message>
    <message>
        <source>Content-Type: must be application/json (got &quot;%1&quot;)</source>
        <translation>Content-Type&#xa0;: doit être application/json (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1: must appear only once</source>
        <translation>%1&#xa0;: ne doit apparaître qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>query: must be a string</source>
        <translation>query&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>operationName: must be a string</source>
        <translation>operationName&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>extensions: must be a JSON object</source>
        <translation>extensions&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>query: is required (a GraphQL document as a string)</source>
        <translation>query&#xa0;: obligatoire (un document GraphQL sous forme de chaîne)</translation>
    </message>
</context>
<context>
    <name>GraphQLSchema</name>
    <message>
        <source>the webhook schema was executed without its GraphQLContext</source>
        <translation>le schéma webhook a été exécuté sans son GraphQLContext</translation>
    </message>
    <message>
        <source>%1: the parent is not the object this field reads</source>
        <translation>%1&#xa0;: le parent n&apos;est pas l&apos;objet que lit ce champ</translation>
    </message>
    <message>
        <source>%1: must be the numeric id of an object (got %2)</source>
        <translation>%1&#xa0;: doit être l&apos;id numérique d&apos;un objet (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>DateTime cannot represent value: %1</source>
        <translation>DateTime ne peut pas représenter la valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>DateTime cannot represent value: %1 (expected ISO 8601 such as &quot;2026-11-23T12:00:00.000Z&quot;)</source>
        <translation>DateTime ne peut pas représenter la valeur&#xa0;: %1 (ISO 8601 attendu, p. ex. &quot;2026-11-23T12:00:00.000Z&quot;)</translation>
    </message>
    <message>
        <source>gracePeriodSeconds: must be between 0 and %1 (7 days)</source>
        <translation>gracePeriodSeconds&#xa0;: doit être compris entre 0 et %1 (7 jours)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a cursor of this list; pass a cursor it returned</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas un curseur de cette liste&#xa0;; passez un curseur qu&apos;elle a renvoyé</translation>
    </message>
</context>
<context>
    <name>HealthBadge</name>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>FAILING</translation>
    </message>
    <message>
        <source>DISABLED</source>
        <translation>DISABLED</translation>
    </message>
    <message>
        <source>Disabled automatically: %1
Its pending events are held until it is enabled again.</source>
        <translation>Désactivé automatiquement&#xa0;: %1
Ses événements en attente sont retenus jusqu&apos;à ce qu&apos;il soit réactivé.</translation>
    </message>
    <message>
        <source>Disabled by a person. Its pending events are held until it is enabled again.</source>
        <translation>Désactivé par une personne. Ses événements en attente sont retenus jusqu&apos;à ce qu&apos;il soit réactivé.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln attempt(s) failed, since %1.</source>
        <translation>
            <numerusform>%Ln tentative a échoué d&apos;affilée, depuis %1.</numerusform>
            <numerusform>Les %Ln dernières tentatives ont échoué d&apos;affilée, depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last success: %1.</source>
        <translation>Dernier succès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No attempt has succeeded yet.</source>
        <translation>Aucune tentative n&apos;a encore réussi.</translation>
    </message>
    <message>
        <source>Deliveries are going through. Last success: %1.</source>
        <translation>Les livraisons passent. Dernier succès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Active. No delivery has been attempted yet.</source>
        <translation>Actif. Aucune livraison n&apos;a encore été tentée.</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>the request body is larger than %1 bytes</source>
        <translation>le corps de la requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>the request line is longer than %1 bytes</source>
        <translation>la ligne de requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>the request head is larger than %1 bytes</source>
        <translation>la partie en-tête de la requête dépasse %1 octets</translation>
    </message>
    <message>
        <source>lines must end with CRLF</source>
        <translation>les lignes doivent se terminer par CRLF</translation>
    </message>
    <message>
        <source>the request has more than %1 header lines</source>
        <translation>la requête a plus de %1 lignes d&apos;en-tête</translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation>ligne de requête mal formée</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>seuls HTTP/1.0 et HTTP/1.1 sont pris en charge ici</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>conflicting Content-Length headers</source>
        <translation>en-têtes Content-Length contradictoires</translation>
    </message>
    <message>
        <source>more than one Host header</source>
        <translation>plus d&apos;un en-tête Host</translation>
    </message>
    <message>
        <source>an HTTP/1.1 request needs a Host header</source>
        <translation>une requête HTTP/1.1 doit avoir un en-tête Host</translation>
    </message>
    <message>
        <source>Transfer-Encoding and Content-Length together</source>
        <translation>Transfer-Encoding et Content-Length ensemble</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not supported; send a Content-Length</source>
        <translation>Transfer-Encoding n&apos;est pas pris en charge&#xa0;; envoyez un Content-Length</translation>
    </message>
    <message>
        <source>malformed Content-Length</source>
        <translation>Content-Length mal formé</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>no certificate set before listen</source>
        <translation>aucun certificat défini avant la mise en écoute</translation>
    </message>
    <message>
        <source>%1: cannot listen on %2 port %3: %4</source>
        <translation>%1&#xa0;: impossible d&apos;écouter sur %2, port %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>expected a JSON value, found only whitespace</source>
        <translation>une valeur JSON est attendue, mais le texte ne contient que des espaces</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texte inattendu après la valeur JSON</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation>%1&#xa0;: JSON mal formé à l&apos;octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected a JSON value, found the end of the text</source>
        <translation>une valeur JSON est attendue, mais le texte se termine</translation>
    </message>
    <message>
        <source>expected a JSON value (object, array, string, number, true, false or null)</source>
        <translation>une valeur JSON est attendue (objet, tableau, chaîne, nombre, true, false ou null)</translation>
    </message>
    <message>
        <source>%1: JSON nested deeper than %2 levels at byte %3</source>
        <translation>%1&#xa0;: JSON imbriqué sur plus de %2 niveaux à l&apos;octet %3</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to begin an object member name</source>
        <translation>&apos;&quot;&apos; attendu au début d&apos;un nom de membre d&apos;objet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object member name</source>
        <translation>&apos;:&apos; attendu après un nom de membre d&apos;objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member, found the end of the text</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après un membre d&apos;objet, mais le texte se termine</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu après un membre d&apos;objet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element, found the end of the text</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu après un élément de tableau, mais le texte se termine</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu après un élément de tableau</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>expected a digit in a number</source>
        <translation>chiffre attendu dans un nombre</translation>
    </message>
    <message>
        <source>a number must not have leading zeros</source>
        <translation>un nombre ne doit pas commencer par des zéros non significatifs</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>chiffre attendu après le point décimal</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>chiffre attendu dans l&apos;exposant</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string, found the end of the text</source>
        <translation>&apos;&quot;&apos; attendu pour terminer la chaîne, mais le texte se termine</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped in a string</source>
        <translation>le caractère de contrôle U+%1 doit être échappé dans une chaîne</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>UTF-8 non valide dans une chaîne</translation>
    </message>
    <message>
        <source>expected an escape character after &apos;\&apos;, found the end of the text</source>
        <translation>caractère d&apos;échappement attendu après &apos;\&apos;, mais le texte se termine</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after &apos;\u&apos;</source>
        <translation>quatre chiffres hexadécimaux attendus après &apos;\u&apos;</translation>
    </message>
    <message>
        <source>invalid escape sequence; expected one of \&quot; \\ \/ \b \f \n \r \t \u</source>
        <translation>séquence d&apos;échappement non valide&#xa0;; attendu&#xa0;: l&apos;une de \&quot; \\ \/ \b \f \n \r \t \u</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: must be a JSON array</source>
        <translation>%1&#xa0;: doit être un tableau JSON</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>%1: must be HOST:PORT, e.g. 127.0.0.1:8765 or [::1]:0 (%2)</source>
        <translation>%1&#xa0;: doit être au format HOST:PORT, p. ex. 127.0.0.1:8765 ou [::1]:0 (%2)</translation>
    </message>
    <message>
        <source>no port in &quot;%1&quot;</source>
        <translation>aucun port dans &quot;%1&quot;</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not 0 to 65535</source>
        <translation>le port &quot;%1&quot; n&apos;est pas compris entre 0 et 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or localhost</source>
        <translation>&quot;%1&quot; n&apos;est ni une adresse IP ni localhost</translation>
    </message>
</context>
<context>
    <name>OperatorSettings</name>
    <message>
        <source>%1: must be a whole number of %2 from %3 to %4 (got &quot;%5&quot;)</source>
        <translation>%1&#xa0;: doit être un nombre entier de %3 à %4&#xa0;%2 (reçu&#xa0;: &quot;%5&quot;)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an absolute path</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit être un chemin absolu</translation>
    </message>
    <message>
        <source>%1: must be a loopback address (127.0.0.1, [::1], localhost) unless Hookboard is started with --api-tls-cert and --api-tls-key</source>
        <translation>%1&#xa0;: doit être une adresse de bouclage (127.0.0.1, [::1], localhost), sauf si Hookboard est démarré avec --api-tls-cert et --api-tls-key</translation>
    </message>
    <message>
        <source>api.token: set by --api-token or HOOKBOARD_API_TOKEN for this run; change it there</source>
        <translation>api.token&#xa0;: défini par --api-token ou HOOKBOARD_API_TOKEN pour cette exécution&#xa0;; modifiez-le à cet endroit</translation>
    </message>
</context>
<context>
    <name>OutboundPolicy</name>
    <message>
        <source>%1: &quot;%2&quot; is not a CIDR range such as 10.20.0.0/16 or fd12::/48</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une plage CIDR comme 10.20.0.0/16 ou fd12::/48</translation>
    </message>
</context>
<context>
    <name>PublishWriter</name>
    <message>
        <source>the store is closing</source>
        <translation>la base de données est en cours de fermeture</translation>
    </message>
</context>
<context>
    <name>ResourceCatalog</name>
    <message>
        <source>%1: is required and must be a string</source>
        <translation>%1&#xa0;: obligatoire, doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be upper-case letters, digits and underscores, starting with a letter</source>
        <translation>%1&#xa0;: &quot;%2&quot; doit se composer de lettres majuscules, de chiffres et de traits de soulignement, et commencer par une lettre</translation>
    </message>
    <message>
        <source>%1: must not be blank</source>
        <translation>%1&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: is required and must be a JSON object</source>
        <translation>%1&#xa0;: obligatoire, doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: must be a JSON object</source>
        <translation>%1&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: is required and must be an array of resources</source>
        <translation>%1&#xa0;: obligatoire, doit être un tableau de ressources</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed more than once</source>
        <translation>%1&#xa0;: &quot;%2&quot; figure plusieurs fois</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>HTTP %1 (redirects are not followed)</source>
        <translation>HTTP %1 (les redirections ne sont pas suivies)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked for no more deliveries</source>
        <translation>HTTP 410 Gone&#xa0;: le destinataire a demandé à ne plus recevoir de livraisons</translation>
    </message>
    <message>
        <source>%1; Retry-After capped at 24 h</source>
        <translation>%1&#xa0;; Retry-After plafonné à 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1; Retry-After %2 s honoured</source>
        <translation>%1&#xa0;; Retry-After de %2&#xa0;s respecté</translation>
    </message>
    <message>
        <source>%1; no attempts left after attempt %2</source>
        <translation>%1&#xa0;; plus aucune tentative après la tentative %2</translation>
    </message>
</context>
<context>
    <name>SandboxBin</name>
    <message>
        <source>%1: must be between 100 and 599</source>
        <translation>%1&#xa0;: doit être compris entre 100 et 599</translation>
    </message>
    <message>
        <source>delayMs: must be between 0 and %1</source>
        <translation>delayMs&#xa0;: doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>keep: must be between 1 and %1</source>
        <translation>keep&#xa0;: doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>failNext: must not be negative</source>
        <translation>failNext&#xa0;: ne doit pas être négatif</translation>
    </message>
</context>
<context>
    <name>SandboxIdentity</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the sandbox certificates are expired or about to expire</source>
        <translation>les certificats du bac à sable ont expiré ou sont sur le point d&apos;expirer</translation>
    </message>
</context>
<context>
    <name>ScheduleSyntax</name>
    <message>
        <source>%1: step %2 (&quot;%3&quot;) is not a delay; write seconds as 30s, minutes as 5m, hours as 2h (or 1h30m), and separate steps with commas</source>
        <translation>%1&#xa0;: l’étape %2 («&#xa0;%3&#xa0;») n’est pas un délai&#xa0;; écrivez les secondes 30s, les minutes 5m, les heures 2h (ou 1h30m), et séparez les étapes par des virgules</translation>
    </message>
</context>
<context>
    <name>Secret</name>
    <message>
        <source>%1: must start with &quot;whsec_&quot; followed by base64 of %2 to %3 bytes</source>
        <translation>%1&#xa0;: doit commencer par &quot;whsec_&quot; suivi de %2 à %3 octets encodés en base64</translation>
    </message>
    <message>
        <source>%1: the part after &quot;whsec_&quot; must be standard base64 (A-Z, a-z, 0-9, + and /) with correct = padding</source>
        <translation>%1&#xa0;: la partie après &quot;whsec_&quot; doit être en base64 standard (A-Z, a-z, 0-9, + et /) avec un remplissage = correct</translation>
    </message>
    <message>
        <source>%1: must be &quot;whsec_&quot; followed by base64 of %2 to %3 bytes (got %4 bytes)</source>
        <translation>%1&#xa0;: doit être &quot;whsec_&quot; suivi de %2 à %3 octets encodés en base64 (reçu&#xa0;: %4 octets)</translation>
    </message>
</context>
<context>
    <name>StatsText</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>dataDir: must not be empty</source>
        <translation>dataDir&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <source>data folder %1 exists but is not a folder</source>
        <translation>le dossier de données %1 existe mais n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot make the data folder %1 private (0700)</source>
        <translation>impossible de rendre le dossier de données %1 privé (0700)</translation>
    </message>
    <message>
        <source>the data folder %1 is in use by another Hookboard (process %2); stop it or choose another data folder with --data-dir</source>
        <translation>le dossier de données %1 est utilisé par un autre Hookboard (processus %2)&#xa0;; arrêtez-le ou choisissez un autre dossier de données avec --data-dir</translation>
    </message>
    <message>
        <source>cannot lock the data folder %1 (hookboard.lock)</source>
        <translation>impossible de verrouiller le dossier de données %1 (hookboard.lock)</translation>
    </message>
    <message>
        <source>store: migrating to schema version %1 (%2) failed and was rolled back: %3</source>
        <translation>base de données&#xa0;: la migration vers la version de schéma %1 (%2) a échoué et a été annulée&#xa0;: %3</translation>
    </message>
    <message>
        <source>store: %1 failed: %2</source>
        <translation>base de données&#xa0;: %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the store %1: %2</source>
        <translation>impossible de créer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make the store %1 private (0600)</source>
        <translation>impossible de rendre la base de données %1 privée (0600)</translation>
    </message>
    <message>
        <source>%1 is not a Hookboard store: it is not a file</source>
        <translation>%1 n&apos;est pas une base de données Hookboard&#xa0;: ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>the store %1 is read-only; make it writable (chmod u+w) or choose another data folder</source>
        <translation>la base de données %1 est en lecture seule&#xa0;; rendez-la accessible en écriture (chmod u+w) ou choisissez un autre dossier de données</translation>
    </message>
    <message>
        <source>the store %1 is an empty file (0 bytes); if it should hold your receivers and events, restore it from a backup; delete it to start with a new store</source>
        <translation>la base de données %1 est un fichier vide (0 octet)&#xa0;; si elle doit contenir vos destinataires et vos événements, restaurez-la depuis une sauvegarde&#xa0;; supprimez-la pour repartir d&apos;une nouvelle base de données</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Hookboard store (it is not an SQLite database); move it away or choose another data folder</source>
        <translation>%1 n&apos;est pas une base de données Hookboard (ce n&apos;est pas une base SQLite)&#xa0;; déplacez ce fichier ailleurs ou choisissez un autre dossier de données</translation>
    </message>
    <message>
        <source>%1 is not a Hookboard store (%2)</source>
        <translation>%1 n&apos;est pas une base de données Hookboard (%2)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Hookboard store; move it away or choose another data folder</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Hookboard&#xa0;; déplacez ce fichier ailleurs ou choisissez un autre dossier de données</translation>
    </message>
    <message>
        <source>the store %1 has schema version %2, newer than this Hookboard %3 understands (%4); use a newer Hookboard</source>
        <translation>la base de données %1 a la version de schéma %2, plus récente que ce que comprend ce Hookboard %3 (%4)&#xa0;; utilisez un Hookboard plus récent</translation>
    </message>
    <message>
        <source>cannot write to the store %1: %2</source>
        <translation>impossible d&apos;écrire dans la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the store %1 cannot use write-ahead logging (journal mode stays %2)</source>
        <translation>la base de données %1 ne peut pas utiliser la journalisation en écriture anticipée (WAL)&#xa0;: le mode de journal reste %2</translation>
    </message>
    <message>
        <source>store: SQLite refused to turn foreign keys on</source>
        <translation>base de données&#xa0;: SQLite a refusé d&apos;activer les clés étrangères</translation>
    </message>
    <message>
        <source>the store %1 is damaged (SQLite&apos;s quick_check found: %2); Hookboard will not write into it. Restore it from a backup, or move it away to start with an empty store</source>
        <translation>la base de données %1 est endommagée (le quick_check de SQLite a trouvé&#xa0;: %2)&#xa0;; Hookboard n&apos;y écrira pas. Restaurez-la depuis une sauvegarde, ou déplacez-la ailleurs pour repartir d&apos;une base de données vide</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>impossible d’ouvrir %1&#xa0;: le pilote PostgreSQL de Qt (QPSQL) n’est pas installé&#xa0;; installez le paquet libqt6sql6-psql</translation>
    </message>
    <message>
        <source>the database %1 holds tables of another program, not a Hookboard store; give Hookboard an empty database of its own</source>
        <translation>la base %1 contient les tables d’un autre programme, pas un stockage Hookboard&#xa0;; donnez à Hookboard une base vide qui lui soit propre</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>cannot copy the table %1: its columns differ between %2 (%3) and %4 (%5); nothing was copied</source>
        <translation>impossible de copier la table %1&#xa0;: ses colonnes diffèrent entre %2 (%3) et %4 (%5)&#xa0;; rien n’a été copié</translation>
    </message>
    <message>
        <source>cannot copy the table %1: it has no column %2</source>
        <translation>impossible de copier la table %1&#xa0;: elle n’a pas de colonne %2</translation>
    </message>
    <message>
        <source>the database %1 is not empty (it holds rows in %2); --migrate-to copies only into an empty database, and nothing was copied</source>
        <translation>la base %1 n’est pas vide (elle contient des lignes dans %2)&#xa0;; --migrate-to ne copie que dans une base vide, et rien n’a été copié</translation>
    </message>
    <message>
        <source>cannot copy into %1: this Hookboard does not know how to copy the tables %2; nothing was copied</source>
        <translation>impossible de copier dans %1&#xa0;: ce Hookboard ne sait pas copier les tables %2&#xa0;; rien n’a été copié</translation>
    </message>
    <message>
        <source>the copy of the table %1 does not match: %2 rows in %3, %4 copied, %5 in %6; nothing was copied</source>
        <translation>la copie de la table %1 ne correspond pas&#xa0;: %2 lignes dans %3, %4 copiées, %5 dans %6&#xa0;; rien n’a été copié</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver header(s)</source>
        <translation>
            <numerusform>%n en-tête de destinataire</numerusform>
            <numerusform>%n en-têtes de destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receiver health record(s)</source>
        <translation>
            <numerusform>%n état de destinataire</numerusform>
            <numerusform>%n états de destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n réglage</numerusform>
            <numerusform>%n réglages</numerusform>
        </translation>
    </message>
    <message>
        <source>copied %1; counts verified</source>
        <translation>copié&#xa0;: %1&#xa0;; nombres vérifiés</translation>
    </message>
    <message>
        <source>a store is copied from SQLite into PostgreSQL only (from %1 into %2)</source>
        <translation>un stockage ne se copie que de SQLite vers PostgreSQL (de %1 vers %2)</translation>
    </message>
    <message>
        <source>--migrate-to needs a PostgreSQL database to copy into</source>
        <translation>--migrate-to demande une base PostgreSQL où copier</translation>
    </message>
    <message>
        <source>there is no Hookboard store to copy in %1 (%2 is missing); name the data folder with --data-dir</source>
        <translation>il n’y a pas de stockage Hookboard à copier dans %1 (%2 manque)&#xa0;; nommez le dossier de données avec --data-dir</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>%1 must be a URL of the form postgresql://user@host:port/dbname; got &quot;%2&quot;</source>
        <translation>%1 doit être une URL de la forme postgresql://utilisateur@hôte:port/base&#xa0;; reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must not carry a password (it would show in the process list); set PGPASSWORD or use --database-password-file</source>
        <translation>%1 ne doit pas contenir de mot de passe (il serait visible dans la liste des processus)&#xa0;; définissez PGPASSWORD ou utilisez --database-password-file</translation>
    </message>
    <message>
        <source>%1 must name the server&apos;s host: postgresql://user@HOST/dbname</source>
        <translation>%1 doit nommer l’hôte du serveur&#xa0;: postgresql://utilisateur@HÔTE/base</translation>
    </message>
    <message>
        <source>%1 must name the user: postgresql://USER@host/dbname</source>
        <translation>%1 doit nommer l’utilisateur&#xa0;: postgresql://UTILISATEUR@hôte/base</translation>
    </message>
    <message>
        <source>%1 must name one database: postgresql://user@host/DBNAME</source>
        <translation>%1 doit nommer une seule base&#xa0;: postgresql://utilisateur@hôte/BASE</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is not one of %3</source>
        <translation>%1&#xa0;: l’option «&#xa0;%2&#xa0;» n’est pas l’une de %3</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; needs a plain value</source>
        <translation>%1&#xa0;: l’option «&#xa0;%2&#xa0;» demande une valeur simple</translation>
    </message>
</context>
<context>
    <name>TransferEndpoint</name>
    <message>
        <source>must be an id (a positive whole number)</source>
        <translation>doit être un identifiant (un nombre entier positif)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time such as 2026-11-23T12:00:00Z</source>
        <translation>doit être une heure au format ISO 8601, p. ex. 2026-11-23T12:00:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event status (PENDING, SENDING, SUCCEEDED, RETRYING, FAILED, CANCELLED)</source>
        <translation>&quot;%1&quot; n&apos;est pas un statut d&apos;événement (PENDING, SENDING, SUCCEEDED, RETRYING, FAILED, CANCELLED)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>format: must be csv, jsonl or har (got &quot;%1&quot;)</source>
        <translation>format&#xa0;: doit être csv, jsonl ou har (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>secrets: must be include or omit (got &quot;%1&quot;)</source>
        <translation>secrets&#xa0;: doit être include ou omit (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>internal error: the configuration could not be read; see the Hookboard log</source>
        <translation>erreur interne&#xa0;: la configuration n&apos;a pas pu être lue&#xa0;; consultez le journal de Hookboard</translation>
    </message>
    <message>
        <source>dryRun: must be true or false (got &quot;%1&quot;)</source>
        <translation>dryRun&#xa0;: doit être true ou false (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>internal error: nothing was imported; see the Hookboard log</source>
        <translation>erreur interne&#xa0;: rien n&apos;a été importé&#xa0;; consultez le journal de Hookboard</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: must be at most %2 characters (got %3)</source>
        <translation>%1&#xa0;: doit comporter au plus %2 caractères (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3 (got %4)</source>
        <translation>%1&#xa0;: doit être compris entre %2 et %3 (reçu&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1: is required and must not be blank</source>
        <translation>%1&#xa0;: obligatoire, ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: must not contain control characters such as tabs or line breaks</source>
        <translation>%1&#xa0;: ne doit pas contenir de caractères de contrôle tels que des tabulations ou des sauts de ligne</translation>
    </message>
    <message>
        <source>%1: is required (an https:// URL)</source>
        <translation>%1&#xa0;: obligatoire (une URL https://)</translation>
    </message>
    <message>
        <source>%1: must be a well-formed absolute URL without spaces or control characters</source>
        <translation>%1&#xa0;: doit être une URL absolue bien formée, sans espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>aucun schéma</translation>
    </message>
    <message>
        <source>%1: must use the https scheme (got %2)</source>
        <translation>%1&#xa0;: doit utiliser le schéma https (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: must name a host, as in https://example.com/hooks</source>
        <translation>%1&#xa0;: doit nommer un hôte, comme dans https://example.com/hooks</translation>
    </message>
    <message>
        <source>%1: must not point at %2: deliveries to %3 are refused (link-local, cloud-metadata and multicast by default, and what --deny-cidr adds)</source>
        <translation>%1&#xa0;: ne doit pas pointer vers %2&#xa0;: les livraisons vers %3 sont refusées (lien-local, métadonnées cloud et multicast par défaut, plus ce qu&apos;ajoute --deny-cidr)</translation>
    </message>
    <message>
        <source>%1: must use a port from 1 to 65535 (got 0)</source>
        <translation>%1&#xa0;: doit utiliser un port de 1 à 65535 (reçu&#xa0;: 0)</translation>
    </message>
    <message>
        <source>%1: must not contain a user name or password; send credentials in a custom header instead</source>
        <translation>%1&#xa0;: ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe&#xa0;; envoyez plutôt les identifiants dans un en-tête personnalisé</translation>
    </message>
    <message>
        <source>%1: must not contain a #fragment</source>
        <translation>%1&#xa0;: ne doit pas contenir de #fragment</translation>
    </message>
    <message>
        <source>%1: must be one of %2 (got &quot;%3&quot;)</source>
        <translation>%1&#xa0;: doit être l&apos;une des valeurs %2 (reçu&#xa0;: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: at most %2 custom headers are allowed (got %3)</source>
        <translation>%1&#xa0;: %2 en-têtes personnalisés au maximum sont autorisés (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: must be a non-empty HTTP token (letters, digits and !#$%&amp;&apos;*+-.^_`|~, no spaces)</source>
        <translation>%1&#xa0;: doit être un jeton HTTP non vide (lettres, chiffres et !#$%&amp;&apos;*+-.^_`|~, sans espaces)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is reserved; Hookboard sets it itself</source>
        <translation>%1&#xa0;: &quot;%2&quot; est réservé&#xa0;; Hookboard le définit lui-même</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is given more than once (header names are case-insensitive)</source>
        <translation>%1&#xa0;: &quot;%2&quot; est indiqué plusieurs fois (les noms d&apos;en-tête ne tiennent pas compte de la casse)</translation>
    </message>
    <message>
        <source>%1: must not contain line breaks (CR, LF) or NUL characters</source>
        <translation>%1&#xa0;: ne doit pas contenir de sauts de ligne (CR, LF) ni de caractères NUL</translation>
    </message>
    <message>
        <source>%1: must not contain control characters (only visible characters, spaces and tabs, RFC 9110)</source>
        <translation>%1&#xa0;: ne doit pas contenir de caractères de contrôle (uniquement des caractères visibles, des espaces et des tabulations, RFC 9110)</translation>
    </message>
    <message>
        <source>%1: must have between 1 and 20 steps (got %2)</source>
        <translation>%1&#xa0;: doit comporter entre 1 et 20 étapes (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a ResourceEnum value (expected one of %3)</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une valeur de ResourceEnum (attendu&#xa0;: l&apos;une de %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a WebhookSubscriptionActions value (expected one of %3)</source>
        <translation>%1&#xa0;: &quot;%2&quot; n&apos;est pas une valeur de WebhookSubscriptionActions (attendu&#xa0;: l&apos;une de %3)</translation>
    </message>
</context>
<context>
    <name>WebhookService</name>
    <message>
        <source>etag: is required to change %1 %2; read it and send its current _etag</source>
        <translation>etag&#xa0;: obligatoire pour modifier cet objet (%1 %2)&#xa0;; lisez-le et envoyez son _etag actuel</translation>
    </message>
    <message>
        <source>etag: &quot;%1&quot; is stale: %2 %3 has changed since it was read; read it again and retry with its current _etag</source>
        <translation>etag&#xa0;: &quot;%1&quot; est périmé&#xa0;: cet objet (%2 %3) a été modifié depuis sa lecture&#xa0;; relisez-le et réessayez avec son _etag actuel</translation>
    </message>
    <message>
        <source>etag: %1 %2 was changed by another writer at the same moment; read it again and retry</source>
        <translation>etag&#xa0;: cet objet (%1 %2) a été modifié au même moment par une autre écriture&#xa0;; relisez-le et réessayez</translation>
    </message>
    <message>
        <source>first: must be between 0 and %1 (got %2)</source>
        <translation>first&#xa0;: doit être compris entre 0 et %1 (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>createdBy: the name of who makes the change is required</source>
        <translation>createdBy&#xa0;: le nom de l&apos;auteur de la modification est obligatoire</translation>
    </message>
    <message>
        <source>resource: receiver %1 already subscribes to %2 %3 (subscription %4); a receiver subscribes to each resource and action once</source>
        <translation>resource&#xa0;: le destinataire %1 est déjà abonné à %2 %3 (abonnement %4)&#xa0;; un destinataire ne s&apos;abonne qu&apos;une fois à chaque couple ressource et action</translation>
    </message>
    <message>
        <source>data: must be at most 1 MiB (got %1 bytes)</source>
        <translation>data&#xa0;: ne doit pas dépasser 1&#xa0;Mio (reçu&#xa0;: %1 octets)</translation>
    </message>
    <message>
        <source>data: must be a JSON object</source>
        <translation>data&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>gracePeriod: must be between 0 and 7 days</source>
        <translation>gracePeriod&#xa0;: doit être compris entre 0 et 7 jours</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>receiverId: is required</source>
        <translation>receiverId&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>abonnement</translation>
    </message>
    <message>
        <source>receiverId: a subscription cannot move to another receiver; subscribe the other receiver instead</source>
        <translation>receiverId&#xa0;: un abonnement ne peut pas passer à un autre destinataire&#xa0;; abonnez plutôt l&apos;autre destinataire</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>id: event %1 is %2; only SUCCEEDED, FAILED or CANCELLED events can be resent</source>
        <translation>id&#xa0;: l&apos;événement %1 est à l&apos;état %2&#xa0;; seuls les événements SUCCEEDED, FAILED ou CANCELLED peuvent être renvoyés</translation>
    </message>
    <message>
        <source>id: the receiver of event %1 was deleted, so it cannot be resent</source>
        <translation>id&#xa0;: le destinataire de l&apos;événement %1 a été supprimé, il ne peut donc pas être renvoyé</translation>
    </message>
    <message>
        <source>status: replay resends finished events (SUCCEEDED, FAILED or CANCELLED), not %1</source>
        <translation>status&#xa0;: le rejeu renvoie les événements terminés (SUCCEEDED, FAILED ou CANCELLED), pas %1</translation>
    </message>
    <message>
        <source>id: event %1 is %2; only PENDING, SENDING or RETRYING events can be cancelled</source>
        <translation>id&#xa0;: l&apos;événement %1 est à l&apos;état %2&#xa0;; seuls les événements PENDING, SENDING ou RETRYING peuvent être annulés</translation>
    </message>
</context>
<context>
    <name>hookboard::ApiExplorerPage</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>Explorateur d&apos;API</translation>
    </message>
    <message>
        <source>Run GraphQL against this Hookboard&apos;s local API, with the URL and token your scripts use.</source>
        <translation>Exécutez du GraphQL sur l&apos;API locale de ce Hookboard, avec l&apos;URL et le jeton qu&apos;utilisent vos scripts.</translation>
    </message>
    <message>
        <source>The local API is off in this window, so there is nothing to run queries against. Start Hookboard with its API (the default, or --api-listen HOST:PORT) to use the explorer.</source>
        <translation>L&apos;API locale est désactivée dans cette fenêtre&#xa0;: il n&apos;y a donc rien sur quoi exécuter des requêtes. Démarrez Hookboard avec son API (le comportement par défaut, ou --api-listen HOST:PORT) pour utiliser l&apos;explorateur.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copies the API URL</source>
        <translation>Copie l&apos;URL de l&apos;API</translation>
    </message>
    <message>
        <source>API URL copied.</source>
        <translation>URL de l&apos;API copiée.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Shows or hides the bearer token</source>
        <translation>Affiche ou masque le jeton Bearer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copies the bearer token that scripts send as &quot;Authorization: Bearer …&quot;</source>
        <translation>Copie le jeton Bearer que les scripts envoient sous la forme &quot;Authorization: Bearer …&quot;</translation>
    </message>
    <message>
        <source>API token copied.</source>
        <translation>Jeton d&apos;API copié.</translation>
    </message>
    <message>
        <source>Bearer token:</source>
        <translation>Jeton Bearer&#xa0;:</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Enums</source>
        <translation>Énumérations</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>{ webhookReceivers { edges { node { id name } } } }</source>
        <translation>{ webhookReceivers { edges { node { id name } } } }</translation>
    </message>
    <message>
        <source>Variables (JSON)</source>
        <translation>Variables (JSON)</translation>
    </message>
    <message>
        <source>{ &quot;input&quot;: { … } }</source>
        <translation>{ &quot;input&quot;: { … } }</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copies this request as a curl command, token included</source>
        <translation>Copie cette requête sous forme de commande curl, jeton compris</translation>
    </message>
    <message>
        <source>Copied as a curl command.</source>
        <translation>Copié en commande curl.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Pick an example or write a document, then Run.</source>
        <translation>Choisissez un exemple ou écrivez un document, puis cliquez sur Exécuter.</translation>
    </message>
    <message>
        <source>Click an error to go to where it is in the document</source>
        <translation>Cliquez sur une erreur pour aller à son emplacement dans le document</translation>
    </message>
    <message>
        <source>The API&apos;s answer appears here, laid out and coloured.</source>
        <translation>La réponse de l&apos;API s&apos;affiche ici, mise en forme et colorée.</translation>
    </message>
    <message>
        <source>Run (Ctrl+Enter) to see what the API answers.</source>
        <translation>Exécutez (Ctrl+Entrée) pour voir ce que répond l&apos;API.</translation>
    </message>
    <message>
        <source>variables: must be a JSON object</source>
        <translation>variables&#xa0;: doit être un objet JSON</translation>
    </message>
    <message>
        <source>The variables are not valid JSON; fix them first.</source>
        <translation>Les variables ne sont pas du JSON valide&#xa0;; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Not sent: the variables are not valid JSON (see below the variables).</source>
        <translation>Non envoyé&#xa0;: les variables ne sont pas du JSON valide (voir sous les variables).</translation>
    </message>
    <message>
        <source>Nothing to run: the document is empty.</source>
        <translation>Rien à exécuter&#xa0;: le document est vide.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Aucune réponse de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · %4</source>
        <translation>HTTP %1 %2 · %3&#xa0;ms · %4</translation>
    </message>
    <message>
        <source>GraphQL errors: %1</source>
        <translation>Erreurs GraphQL&#xa0;: %1</translation>
    </message>
    <message>
        <source>the API refused the token</source>
        <translation>l&apos;API a refusé le jeton</translation>
    </message>
    <message>
        <source>(line %1, column %2)</source>
        <translation>(ligne %1, colonne %2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Run a mutation?</source>
        <translation>Exécuter une mutation&#xa0;?</translation>
    </message>
    <message>
        <source>This document is a mutation: it changes this Hookboard&apos;s live receivers, subscriptions or events, as an API client would (the examples create, disable and send real things). Run it?</source>
        <translation>Ce document est une mutation&#xa0;: il modifie les destinataires, abonnements ou événements réels de ce Hookboard, comme le ferait un client de l’API (les exemples créent, désactivent et envoient des choses réelles). L’exécuter&#xa0;?</translation>
    </message>
    <message>
        <source>Run mutation</source>
        <translation>Exécuter la mutation</translation>
    </message>
    <message>
        <source>Do not run</source>
        <translation>Ne pas exécuter</translation>
    </message>
    <message>
        <source>Not run: nothing was changed.</source>
        <translation>Non exécuté&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Sends the document to the API</source>
        <translation>Envoie le document à l&apos;API</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en commande &amp;curl</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>Exécuter avec %1</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>hookboard::ApiServer</name>
    <message>
        <source>the disk is full: the store cannot take writes</source>
        <translation>le disque est plein&#xa0;: la base de données ne peut plus accepter d&apos;écritures</translation>
    </message>
    <message>
        <source>the store refuses writes; see the Hookboard log</source>
        <translation>la base de données refuse les écritures&#xa0;; consultez le journal de Hookboard</translation>
    </message>
    <message>
        <source>internal error: the change was not published; see the Hookboard log</source>
        <translation>erreur interne&#xa0;: la modification n&apos;a pas été publiée&#xa0;; consultez le journal de Hookboard</translation>
    </message>
    <message>
        <source>Authorization: required, as &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>Authorization&#xa0;: obligatoire, sous la forme &quot;Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <source>Authorization: must be given once (got it more than once)</source>
        <translation>Authorization&#xa0;: doit être fourni une seule fois (reçu plusieurs fois)</translation>
    </message>
    <message>
        <source>Authorization: must be &quot;Bearer &lt;token&gt;&quot;</source>
        <translation>Authorization&#xa0;: doit être &quot;Bearer &lt;token&gt;&quot;</translation>
    </message>
    <message>
        <source>Authorization: the bearer token is not valid</source>
        <translation>Authorization&#xa0;: le jeton Bearer n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM X.509 certificate</source>
        <translation>%1&#xa0;: %2 ne contient aucun certificat PEM X.509</translation>
    </message>
    <message>
        <source>%1: %2 holds no unencrypted PEM private key</source>
        <translation>%1&#xa0;: %2 ne contient aucune clé privée PEM non chiffrée</translation>
    </message>
    <message>
        <source>%1: the key in %2 does not belong to the certificate in %3</source>
        <translation>%1&#xa0;: la clé de %2 ne correspond pas au certificat de %3</translation>
    </message>
    <message>
        <source>%1: the key in %2 must be an EC or RSA key</source>
        <translation>%1&#xa0;: la clé de %2 doit être une clé EC ou RSA</translation>
    </message>
    <message>
        <source>%1: cannot re-encode the key in %2</source>
        <translation>%1&#xa0;: impossible de réencoder la clé de %2</translation>
    </message>
    <message>
        <source>%1: Qt&apos;s TLS backend cannot load %2 and %3</source>
        <translation>%1&#xa0;: le backend TLS de Qt ne peut pas charger %2 et %3</translation>
    </message>
    <message>
        <source>data: must appear only once</source>
        <translation>data&#xa0;: ne doit apparaître qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>%1: must appear only once</source>
        <translation>%1&#xa0;: ne doit apparaître qu&apos;une seule fois</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: is not a field of a published change (expected resource, action and data)</source>
        <translation>%1&#xa0;: n&apos;est pas un champ d&apos;une modification publiée (attendus&#xa0;: resource, action et data)</translation>
    </message>
    <message>
        <source>resource: is required (a ResourceEnum value such as &quot;RUNS&quot;)</source>
        <translation>resource&#xa0;: obligatoire (une valeur de ResourceEnum telle que &quot;RUNS&quot;)</translation>
    </message>
    <message>
        <source>action: is required (a WebhookSubscriptionActions value such as &quot;CREATE&quot;)</source>
        <translation>action&#xa0;: obligatoire (une valeur de WebhookSubscriptionActions telle que &quot;CREATE&quot;)</translation>
    </message>
    <message>
        <source>data: is required and must be a JSON object</source>
        <translation>data&#xa0;: obligatoire, doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: the API is already listening</source>
        <translation>%1&#xa0;: l&apos;API est déjà en écoute</translation>
    </message>
    <message>
        <source>--api-tls-cert and --api-tls-key go together: give both or neither</source>
        <translation>--api-tls-cert et --api-tls-key vont ensemble&#xa0;: indiquez les deux ou aucune</translation>
    </message>
    <message>
        <source>%1: %2 is not a loopback address; listening beyond this machine needs --api-tls-cert and --api-tls-key</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une adresse de bouclage&#xa0;; écouter au-delà de cette machine exige --api-tls-cert et --api-tls-key</translation>
    </message>
    <message>
        <source>body: must be at most 1 MiB (got %1 bytes)</source>
        <translation>body&#xa0;: ne doit pas dépasser 1 Mio (reçu&#xa0;: %1 octets)</translation>
    </message>
    <message>
        <source>path: no endpoint %1</source>
        <translation>path&#xa0;: aucun point de terminaison %1</translation>
    </message>
    <message>
        <source>Content-Type: must be application/json (got &quot;%1&quot;)</source>
        <translation>Content-Type&#xa0;: doit être application/json (reçu&#xa0;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>store: cannot be read now; the log has the details</source>
        <translation>stockage : illisible pour le moment ; le journal donne les détails</translation>
    </message>
    <message>
        <source>body: a configuration sent to the API must be at most %1 MiB (got %2 bytes); import a larger file from the console</source>
        <translation>body&#xa0;: une configuration envoyée à l&apos;API doit faire au plus %1&#xa0;Mio (reçu %2&#xa0;octets)&#xa0;; importez un fichier plus grand depuis la console</translation>
    </message>
</context>
<context>
    <name>hookboard::BinAnswerForm</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The HTTP status the bin answers with</source>
        <translation>Le statut HTTP avec lequel la corbeille répond</translation>
    </message>
    <message>
        <source>How long the bin waits before it answers: try it against the attempt timeout</source>
        <translation>Combien de temps la corbeille attend avant de répondre&#xa0;: testez-le par rapport au délai d&apos;expiration des tentatives</translation>
    </message>
    <message>
        <source>How many of the next requests get the failure status instead</source>
        <translation>Nombre de requêtes à venir qui reçoivent plutôt le statut d&apos;échec</translation>
    </message>
    <message>
        <source>The status of those failures: 500, 503 or 429 are retried; 410 disables the receiver</source>
        <translation>Le statut de ces échecs&#xa0;: 500, 503 ou 429 donnent lieu à de nouvelles tentatives&#xa0;; 410 désactive le destinataire</translation>
    </message>
    <message>
        <source>How many of its last requests the bin keeps; older ones are dropped, and the list of bins says how many</source>
        <translation>Nombre de ses dernières requêtes que la corbeille conserve&#xa0;; les plus anciennes sont supprimées, et la liste des corbeilles indique combien</translation>
    </message>
    <message>
        <source>Answer with</source>
        <translation>Répondre avec</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>but fail the next</source>
        <translation>mais faire échouer les</translation>
    </message>
    <message>
        <source>with</source>
        <translation>prochaines requêtes avec</translation>
    </message>
    <message>
        <source>keep the last</source>
        <translation>conserver les</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>dernières requêtes</translation>
    </message>
    <message>
        <source>The bin answers so from the next request on</source>
        <translation>La corbeille répond ainsi à partir de la prochaine requête</translation>
    </message>
    <message numerus="yes">
        <source>The next %n request(s) get %1, then every request gets %2</source>
        <translation>
            <numerusform>Réponse %1 à %n requête à venir, puis %2 à toutes les suivantes</numerusform>
            <numerusform>Réponse %1 aux %n prochaines requêtes, puis %2 à toutes les suivantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every request gets %1</source>
        <translation>Réponse %1 à chaque requête</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>après %1 ms</translation>
    </message>
    <message>
        <source>(not applied yet)</source>
        <translation>(pas encore appliqué)</translation>
    </message>
    <message>
        <source>Answer with status</source>
        <translation>Répondre avec le statut</translation>
    </message>
    <message>
        <source>Answer after</source>
        <translation>Répondre après</translation>
    </message>
    <message>
        <source>Fail the next requests</source>
        <translation>Faire échouer les prochaines requêtes</translation>
    </message>
    <message>
        <source>Failure status</source>
        <translation>Statut d&apos;échec</translation>
    </message>
    <message>
        <source>Requests kept</source>
        <translation>Requêtes conservées</translation>
    </message>
</context>
<context>
    <name>hookboard::CaughtRequestDetails</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub signature</source>
        <translation>Signature GitHub</translation>
    </message>
    <message>
        <source>#%1  %2 %3  →  answered %4, %5</source>
        <translation>#%1  %2 %3  →  réponse %4, %5</translation>
    </message>
    <message>
        <source>Select a request to see it in full.</source>
        <translation>Sélectionnez une requête pour la voir en entier.</translation>
    </message>
    <message>
        <source>Caught request</source>
        <translation>Requête capturée</translation>
    </message>
</context>
<context>
    <name>hookboard::CaughtRequestModel</name>
    <message>
        <source>webhook-signature, checked as the Standard Webhooks libraries do</source>
        <translation>webhook-signature, vérifiée comme le font les bibliothèques Standard Webhooks</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256, checked as GitHub-style receivers do</source>
        <translation>X-Hub-Signature-256, vérifiée comme le font les destinataires de style GitHub</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub signature</source>
        <translation>Signature GitHub</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Not checked: no receiver points at this bin, so there is no secret to check with.</source>
        <translation>Non vérifiée&#xa0;: aucun destinataire ne pointe vers cette corbeille, il n&apos;y a donc aucun secret avec lequel vérifier.</translation>
    </message>
    <message>
        <source>Missing: webhook-id, webhook-timestamp or webhook-signature is not in the request.</source>
        <translation>Absente&#xa0;: webhook-id, webhook-timestamp ou webhook-signature ne figure pas dans la requête.</translation>
    </message>
    <message>
        <source>Missing: the request has no X-Hub-Signature-256 header.</source>
        <translation>Absente&#xa0;: la requête n&apos;a pas d&apos;en-tête X-Hub-Signature-256.</translation>
    </message>
    <message>
        <source>Valid: webhook-signature is the HMAC-SHA256 of &quot;id.timestamp.body&quot; with the receiver&apos;s secret, and the timestamp is recent. A receiver would accept it.</source>
        <translation>Valide&#xa0;: webhook-signature est le HMAC-SHA256 de &quot;id.timestamp.body&quot; avec le secret du destinataire, et l&apos;horodatage est récent. Un destinataire l&apos;accepterait.</translation>
    </message>
    <message>
        <source>Valid: X-Hub-Signature-256 is the HMAC-SHA256 of the body with the receiver&apos;s secret. A receiver would accept it.</source>
        <translation>Valide&#xa0;: X-Hub-Signature-256 est le HMAC-SHA256 du corps avec le secret du destinataire. Un destinataire l&apos;accepterait.</translation>
    </message>
    <message>
        <source>Invalid: a signature is there but none matches the receiver&apos;s secret (another secret, or the body was changed on the way). A receiver would refuse it.</source>
        <translation>Invalide&#xa0;: une signature est présente mais aucune ne correspond au secret du destinataire (autre secret, ou corps modifié en chemin). Un destinataire la refuserait.</translation>
    </message>
    <message numerus="yes">
        <source>Expired: the signature matches, but webhook-timestamp is more than %n minute(s) away from now. A receiver would refuse it as a possible replay.</source>
        <translation>
            <numerusform>Expirée&#xa0;: la signature correspond, mais webhook-timestamp s&apos;écarte de plus de %n minute de l&apos;heure actuelle. Un destinataire la refuserait comme un possible rejeu.</numerusform>
            <numerusform>Expirée&#xa0;: la signature correspond, mais webhook-timestamp s&apos;écarte de plus de %n minutes de l&apos;heure actuelle. Un destinataire la refuserait comme un possible rejeu.</numerusform>
        </translation>
    </message>
    <message>
        <source>no receiver points here, so there is no secret to check with</source>
        <translation>aucun destinataire ne pointe ici, il n&apos;y a donc aucun secret avec lequel vérifier</translation>
    </message>
    <message>
        <source>not signed: a receiver would refuse it</source>
        <translation>non signée&#xa0;: un destinataire la refuserait</translation>
    </message>
    <message>
        <source>a receiver would accept it</source>
        <translation>un destinataire l&apos;accepterait</translation>
    </message>
    <message>
        <source>no secret matches: a receiver would refuse it</source>
        <translation>aucun secret ne correspond&#xa0;: un destinataire la refuserait</translation>
    </message>
    <message>
        <source>the timestamp is too far off: a receiver would refuse it as a replay</source>
        <translation>l&apos;horodatage est trop éloigné&#xa0;: un destinataire la refuserait comme rejeu</translation>
    </message>
</context>
<context>
    <name>hookboard::CodeEditor</name>
    <message>
        <source>Tab indents while you type; press Escape, then Tab, to move on.</source>
        <translation>Tab indente pendant la saisie&#xa0;; appuyez sur Échap, puis sur Tab, pour passer à la suite.</translation>
    </message>
</context>
<context>
    <name>hookboard::ConfigTransfer</name>
    <message>
        <source>Export configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>The file holds every receiver with its URL, headers and delivery settings, and its subscriptions. Header values may be credentials, so only you can read the file.</source>
        <translation>Le fichier contient chaque destinataire avec son URL, ses en-têtes et ses paramètres de livraison, ainsi que ses abonnements. Les valeurs d&apos;en-tête peuvent être des identifiants&#xa0;: le fichier n&apos;est donc lisible que par vous.</translation>
    </message>
    <message>
        <source>Include the shared secrets</source>
        <translation>Inclure les secrets partagés</translation>
    </message>
    <message>
        <source>Without them, an import makes new secrets, which each receiver must then be given. With them, anyone with the file can sign as Hookboard.</source>
        <translation>Sans eux, un import crée de nouveaux secrets, qu&apos;il faut ensuite transmettre à chaque destinataire. Avec eux, quiconque possède le fichier peut signer au nom de Hookboard.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export configuration…</source>
        <translation>Exporter la configuration…</translation>
    </message>
    <message>
        <source>Import configuration…</source>
        <translation>Importer une configuration…</translation>
    </message>
    <message>
        <source>Save the receivers and their subscriptions to a file, to set up another Hookboard the same way</source>
        <translation>Enregistrer les destinataires et leurs abonnements dans un fichier, pour configurer un autre Hookboard de la même façon</translation>
    </message>
    <message>
        <source>Create and update receivers and subscriptions from an exported file, after a preview</source>
        <translation>Créer et mettre à jour des destinataires et des abonnements à partir d&apos;un fichier exporté, après un aperçu</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>Fichiers de configuration</translation>
    </message>
    <message>
        <source>The configuration was not exported: %1</source>
        <translation>La configuration n&apos;a pas été exportée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n receiver(s) to %1.</source>
        <translation>
            <numerusform>%n destinataire exporté vers %1.</numerusform>
            <numerusform>%n destinataires exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported. Receivers: %1 created, %2 updated. Subscriptions: %3 created, %4 updated.</source>
        <translation>Import terminé. Destinataires&#xa0;: %1 créés, %2 mis à jour. Abonnements&#xa0;: %3 créés, %4 mis à jour.</translation>
    </message>
    <message>
        <source>New shared secrets were made for %1: give each receiver its secret (Receivers → Secret) before it verifies deliveries.</source>
        <translation>De nouveaux secrets partagés ont été créés pour %1&#xa0;: transmettez à chaque destinataire son secret (Destinataires → Secret partagé) avant qu&apos;il ne vérifie les livraisons.</translation>
    </message>
</context>
<context>
    <name>hookboard::ConflictDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Expected response code</source>
        <translation>Code de réponse attendu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Custom headers</source>
        <translation>En-têtes personnalisés</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Secret partagé</translation>
    </message>
    <message>
        <source>Receiver changed elsewhere</source>
        <translation>Destinataire modifié ailleurs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>Reload stored version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <source>Discard your changes and show the receiver as it is stored now</source>
        <translation>Abandonner vos modifications et afficher le destinataire tel qu&apos;il est enregistré maintenant</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>one at a time, in order</source>
        <translation>une à la fois, dans l’ordre</translation>
    </message>
    <message>
        <source>at most %1 in flight</source>
        <translation>au plus %1 en cours</translation>
    </message>
    <message>
        <source>%1 s per attempt</source>
        <translation>%1&#xa0;s par tentative</translation>
    </message>
    <message>
        <source>retries after %1</source>
        <translation>nouvelles tentatives après %1</translation>
    </message>
    <message>
        <source>this Hookboard&apos;s defaults</source>
        <translation>valeurs par défaut de ce Hookboard</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>“%1” was changed at %2 (through the API, another window or the dispatcher) after you began editing it. Saving yours writes only the fields you edited (marked); what was changed elsewhere in the other fields stays.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié à %2 (par l’API, une autre fenêtre ou le répartiteur) après le début de votre modification. Enregistrer n’écrit que les champs que vous avez modifiés (marqués)&#xa0;; ce qui a été changé ailleurs dans les autres champs est conservé.</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Vos modifications</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Enregistré actuellement</translation>
    </message>
    <message>
        <source>not edited</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <source>Changed elsewhere; saving your edits keeps this change</source>
        <translation>Modifié ailleurs&#xa0;; enregistrer vos modifications conserve ce changement</translation>
    </message>
    <message>
        <source>Changed here and elsewhere: saving your edits replaces the other change</source>
        <translation>Modifié ici et ailleurs&#xa0;: enregistrer vos modifications remplace l’autre changement</translation>
    </message>
    <message>
        <source>Your edit; saving writes it</source>
        <translation>Votre modification&#xa0;; l’enregistrement l’écrit</translation>
    </message>
    <message>
        <source>Save my edits over it</source>
        <translation>Enregistrer mes modifications</translation>
    </message>
    <message>
        <source>Write the fields you edited; the other fields keep what is stored now</source>
        <translation>Écrire les champs que vous avez modifiés&#xa0;; les autres gardent la valeur enregistrée actuellement</translation>
    </message>
</context>
<context>
    <name>hookboard::DeliveryChart</name>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>%1 – %2
%3 delivered, %4 failed</source>
        <translation>%1 – %2
%3 livrés, %4 en échec</translation>
    </message>
    <message>
        <source>Deliveries over time</source>
        <translation>Livraisons au fil du temps</translation>
    </message>
    <message>
        <source>Hourly bars over the last day: %1 delivered, %2 failed.</source>
        <translation>Barres par heure sur le dernier jour&#xa0;: %1 livrés, %2 en échec.</translation>
    </message>
    <message>
        <source>Minute bars over the last hour: %1 delivered, %2 failed.</source>
        <translation>Barres par minute sur la dernière heure&#xa0;: %1 livrés, %2 en échec.</translation>
    </message>
</context>
<context>
    <name>hookboard::DeliverySettingsEditor</name>
    <message>
        <source>One at a time, in publish order</source>
        <translation>Une à la fois, dans l’ordre de publication</translation>
    </message>
    <message>
        <source>The next event waits until this one succeeded or failed for good. Slower, but a receiver that needs order gets it.</source>
        <translation>L’événement suivant attend que celui-ci soit livré ou définitivement en échec. Plus lent, mais un destinataire qui a besoin de l’ordre l’obtient.</translation>
    </message>
    <message>
        <source>Deliver in order</source>
        <translation>Livrer dans l’ordre</translation>
    </message>
    <message>
        <source>Deliver in parallel</source>
        <translation>Livrer en parallèle</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Attempts to this receiver at once, 1 to 64</source>
        <translation>Tentatives simultanées vers ce destinataire, de 1 à 64</translation>
    </message>
    <message>
        <source>Change attempts in flight</source>
        <translation>la modification des tentatives en cours</translation>
    </message>
    <message>
        <source>In &amp;flight</source>
        <translation>&amp;Simultanées</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>Par défaut (%1&#xa0;s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>How long one attempt may take, 1 to 120 seconds</source>
        <translation>Durée maximale d’une tentative, de 1 à 120&#xa0;secondes</translation>
    </message>
    <message>
        <source>Change attempt timeout</source>
        <translation>la modification du délai d’expiration</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Délai d’expiration</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>The delays between attempts, e.g. 10s, 1m, 10m, 1h: up to 20 steps of 1 s to 24 h. Empty: this Hookboard&apos;s schedule.</source>
        <translation>Les délais entre les tentatives, p. ex. 10s, 1m, 10m, 1h&#xa0;: jusqu’à 20&#xa0;étapes de 1&#xa0;s à 24&#xa0;h. Vide&#xa0;: les délais de ce Hookboard.</translation>
    </message>
    <message>
        <source>&amp;Retries after</source>
        <translation>&amp;Nouvelles tentatives après</translation>
    </message>
    <message>
        <source>Change retry schedule</source>
        <translation>la modification des délais des nouvelles tentatives</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
</context>
<context>
    <name>hookboard::DeliveryStatusWidget</name>
    <message>
        <source>Attempts per minute, averaged over the last five minutes</source>
        <translation>Tentatives par minute, en moyenne sur les cinq dernières minutes</translation>
    </message>
    <message>
        <source>Failed attempts in the last hour: no answer, or not the expected response code</source>
        <translation>Tentatives échouées au cours de la dernière heure&#xa0;: aucune réponse, ou pas le code de réponse attendu</translation>
    </message>
    <message>
        <source>Deliveries: unknown</source>
        <translation>Livraisons&#xa0;: état inconnu</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Impossible de lire les statistiques&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s) in 1 min</source>
        <translation>
            <numerusform>%Ln tentative en 1 min</numerusform>
            <numerusform>%Ln tentatives en 1 min</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery attempts started in the last minute (%1 in the last five minutes)</source>
        <translation>Tentatives de livraison commencées au cours de la dernière minute (%1 au cours des cinq dernières minutes)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 1 h</source>
        <translation>
            <numerusform>%Ln échec en 1 h</numerusform>
            <numerusform>%Ln échecs en 1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatcher off</source>
        <translation>Répartiteur inactif</translation>
    </message>
    <message>
        <source>This console runs without a dispatcher: nothing is delivered from it.</source>
        <translation>Cette console fonctionne sans répartiteur&#xa0;: rien n&apos;est livré depuis celle-ci.</translation>
    </message>
    <message>
        <source>Dispatcher stopped</source>
        <translation>Répartiteur arrêté</translation>
    </message>
    <message>
        <source>The dispatcher is not running: events wait in the store.</source>
        <translation>Le répartiteur ne fonctionne pas&#xa0;: les événements attendent dans la base de données.</translation>
    </message>
    <message>
        <source>Dispatcher running</source>
        <translation>Répartiteur en marche</translation>
    </message>
    <message>
        <source>Delivering events as they become due.</source>
        <translation>Livraison des événements à mesure qu&apos;ils arrivent à échéance.</translation>
    </message>
    <message>
        <source>Dispatcher: store failure</source>
        <translation>Répartiteur&#xa0;: défaillance de la base de données</translation>
    </message>
    <message>
        <source>The dispatcher cannot write to the store and holds its work until it can: %1</source>
        <translation>Le répartiteur ne peut pas écrire dans la base de données et suspend son travail jusqu&apos;à ce qu&apos;il le puisse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hookboard::DisabledBanner</name>
    <message>
        <source>Hookboard disabled this receiver automatically</source>
        <translation>Hookboard a désactivé ce destinataire automatiquement</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Turn deliveries back on; held events go out again</source>
        <translation>Réactiver les livraisons&#xa0;; les événements retenus repartent</translation>
    </message>
    <message>
        <source>%1
Nothing is delivered to it; its pending events are held and go out when it is enabled again.</source>
        <translation>%1
Rien ne lui est livré&#xa0;; ses événements en attente sont retenus et partent dès qu&apos;il est réactivé.</translation>
    </message>
</context>
<context>
    <name>hookboard::Dispatcher</name>
    <message>
        <source>interrupted by shutdown; the event was returned to the queue</source>
        <translation>interrompu par l&apos;arrêt&#xa0;; l&apos;événement a été remis en file d&apos;attente</translation>
    </message>
    <message>
        <source>disabled automatically: the receiver answered 410 Gone at %1, asking for no more deliveries</source>
        <translation>désactivé automatiquement&#xa0;: le destinataire a répondu 410 Gone le %1, demandant à ne plus recevoir de livraisons</translation>
    </message>
</context>
<context>
    <name>hookboard::DocsBrowser</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>The type shown before this one</source>
        <translation>Le type affiché avant celui-ci</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reads the schema from the running API again</source>
        <translation>Relit le schéma depuis l’API en cours d’exécution</translation>
    </message>
    <message>
        <source>Click a type to read its fields</source>
        <translation>Cliquez sur un type pour lire ses champs</translation>
    </message>
    <message>
        <source>Reading the schema from the API…</source>
        <translation>Lecture du schéma depuis l’API…</translation>
    </message>
    <message>
        <source>The API did not describe its schema: %1</source>
        <translation>L’API n’a pas décrit son schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>As the running API describes it.</source>
        <translation>Tel que l’API en cours d’exécution le décrit.</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Queries: %1</source>
        <translation>Requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mutations: %1</source>
        <translation>Mutations&#xa0;: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>(deprecated)</source>
        <translation>(obsolète)</translation>
    </message>
    <message>
        <source>API documentation</source>
        <translation>Documentation de l&apos;API</translation>
    </message>
</context>
<context>
    <name>hookboard::EditResendDialog</name>
    <message>
        <source>Edit and send as a test event</source>
        <translation>Modifier et envoyer comme événement de test</translation>
    </message>
    <message>
        <source>Sends this payload, as you edit it, to “%1” as a new test event of %2.%3, signed with the receiver&apos;s current secret. Event evt_%4 and its attempts stay as they are.</source>
        <translation>Envoie cette charge utile, telle que vous la modifiez, à «&#xa0;%1&#xa0;» comme nouvel événement de test %2.%3, signé avec le secret actuel du destinataire. L’événement evt_%4 et ses tentatives restent tels quels.</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer l’événement de test</translation>
    </message>
</context>
<context>
    <name>hookboard::EnumBrowser</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reads the enums from the running API again</source>
        <translation>Relit les énumérations depuis l&apos;API en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Double-click a value to insert it into the document</source>
        <translation>Double-cliquez sur une valeur pour l&apos;insérer dans le document</translation>
    </message>
    <message>
        <source>Reading the enums from the API…</source>
        <translation>Lecture des énumérations depuis l&apos;API…</translation>
    </message>
    <message>
        <source>The API did not list its enums: %1</source>
        <translation>L&apos;API n&apos;a pas listé ses énumérations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deprecated: %1 %2</source>
        <translation>Obsolète&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Double-click to insert %1</source>
        <translation>Double-cliquez pour insérer %1</translation>
    </message>
    <message>
        <source>As the running API lists them.</source>
        <translation>Telles que les liste l&apos;API en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Enums and their values</source>
        <translation>Énumérations et leurs valeurs</translation>
    </message>
</context>
<context>
    <name>hookboard::EventActions</name>
    <message numerus="yes">
        <source>; and %Ln more</source>
        <translation>
            <numerusform>; et %Ln autre</numerusform>
            <numerusform>; et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend events</source>
        <translation>Renvoyer des événements</translation>
    </message>
    <message>
        <source>Resend %1 events? Each goes back to Pending and is delivered again, keeping its webhook-id, so receivers that deduplicate stay safe.</source>
        <translation>Renvoyer %1 événements&#xa0;? Chacun repasse à l&apos;état «&#xa0;En attente&#xa0;» et est livré de nouveau en conservant son webhook-id&#xa0;; les destinataires qui éliminent les doublons restent ainsi protégés.</translation>
    </message>
    <message>
        <source>Resend %1 events</source>
        <translation>Renvoyer %1 événements</translation>
    </message>
    <message>
        <source>Do not resend</source>
        <translation>Ne pas renvoyer</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>événement %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be resent:</source>
        <translation>
            <numerusform>%Ln événement n&apos;a pas pu être renvoyé&#xa0;:</numerusform>
            <numerusform>%Ln événements n&apos;ont pas pu être renvoyés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) sent again: back to Pending, each keeping its webhook-id</source>
        <translation>
            <numerusform>%Ln événement renvoyé&#xa0;: de nouveau «&#xa0;En attente&#xa0;», avec son webhook-id</numerusform>
            <numerusform>%Ln événements renvoyés&#xa0;: de nouveau «&#xa0;En attente&#xa0;», chacun avec son webhook-id</numerusform>
        </translation>
    </message>
    <message>
        <source>Only succeeded, failed or cancelled events can be resent</source>
        <translation>Seuls les événements livrés, en échec ou annulés peuvent être renvoyés</translation>
    </message>
    <message>
        <source>Only pending, sending or retrying events can be cancelled</source>
        <translation>Seuls les événements en attente, en cours d&apos;envoi ou dont une nouvelle tentative est prévue peuvent être annulés</translation>
    </message>
    <message>
        <source>Cancel events</source>
        <translation>Annuler des événements</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln event(s)? Cancelled events are not delivered, unless someone resends them.</source>
        <translation>
            <numerusform>Annuler %Ln événement&#xa0;? Un événement annulé n&apos;est pas livré, sauf si quelqu&apos;un le renvoie.</numerusform>
            <numerusform>Annuler %Ln événements&#xa0;? Les événements annulés ne sont pas livrés, sauf si quelqu&apos;un les renvoie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %Ln event(s)</source>
        <translation>
            <numerusform>Annuler %Ln événement</numerusform>
            <numerusform>Annuler %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Ne pas annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) could not be cancelled:</source>
        <translation>
            <numerusform>%Ln événement n&apos;a pas pu être annulé&#xa0;:</numerusform>
            <numerusform>%Ln événements n&apos;ont pas pu être annulés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) cancelled</source>
        <translation>
            <numerusform>%Ln événement annulé</numerusform>
            <numerusform>%Ln événements annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Only retrying events can be retried now</source>
        <translation>Seuls les événements dont une nouvelle tentative est prévue peuvent être réessayés maintenant</translation>
    </message>
    <message>
        <source>The selected events are no longer waiting for a retry</source>
        <translation>Les événements sélectionnés n&apos;attendent plus de nouvelle tentative</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) are being retried now</source>
        <translation>
            <numerusform>Nouvelle tentative immédiate pour %Ln événement</numerusform>
            <numerusform>Nouvelle tentative immédiate pour %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed events %1 to replay</source>
        <translation>Aucun événement en échec %1 à rejouer</translation>
    </message>
    <message>
        <source>Replay failed events</source>
        <translation>Rejouer les événements en échec</translation>
    </message>
    <message numerus="yes">
        <source>Replay %Ln failed event(s) %1? Each goes back to Pending and is delivered again, keeping its webhook-id, so receivers that deduplicate stay safe.</source>
        <translation>
            <numerusform>Rejouer %Ln événement en échec %1&#xa0;? Il repasse à l&apos;état «&#xa0;En attente&#xa0;» et est livré de nouveau en conservant son webhook-id&#xa0;; les destinataires qui éliminent les doublons restent ainsi protégés.</numerusform>
            <numerusform>Rejouer %Ln événements en échec %1&#xa0;? Chacun repasse à l&apos;état «&#xa0;En attente&#xa0;» et est livré de nouveau en conservant son webhook-id&#xa0;; les destinataires qui éliminent les doublons restent ainsi protégés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation>Rejouer %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed event(s) sent again</source>
        <translation>
            <numerusform>%Ln événement en échec renvoyé</numerusform>
            <numerusform>%Ln événements en échec renvoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>The filters show only events with the status %1, so no failed event matches them</source>
        <translation>Les filtres n’affichent que les événements au statut «&#xa0;%1&#xa0;», donc aucun événement en échec n’y correspond</translation>
    </message>
</context>
<context>
    <name>hookboard::EventExportJob</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>hookboard::EventFilterBar</name>
    <message>
        <source>Only the events of one receiver</source>
        <translation>Seulement les événements d&apos;un destinataire</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Only changes of one resource</source>
        <translation>Seulement les modifications d&apos;une ressource</translation>
    </message>
    <message>
        <source>Any resource</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <source>Only one action</source>
        <translation>Une seule action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Only events published in a time range</source>
        <translation>Seulement les événements publiés dans une période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Published at or after (local time)</source>
        <translation>Publiés à partir de (heure locale)</translation>
    </message>
    <message>
        <source>Published before (local time)</source>
        <translation>Publiés avant (heure locale)</translation>
    </message>
    <message>
        <source>Text in the payload, e.g. an order number (%1)</source>
        <translation>Texte dans la charge utile, p. ex. un numéro de commande (%1)</translation>
    </message>
    <message>
        <source>Events whose published data contains this text (letters A–Z match either case). %1 comes here from anywhere on the page.</source>
        <translation>Événements dont les données publiées contiennent ce texte (sans tenir compte de la casse pour les lettres A–Z). %1 place le curseur ici depuis n&apos;importe quel endroit de la page.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All receivers</source>
        <translation>Tous les destinataires</translation>
    </message>
    <message>
        <source>Only events in the statuses ticked (any of them)</source>
        <translation>Seulement les événements aux statuts cochés (l’un d’eux)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statuses</source>
        <translation>
            <numerusform>%Ln statut</numerusform>
            <numerusform>%Ln statuts</numerusform>
        </translation>
    </message>
    <message>
        <source>Events that are %1</source>
        <translation>Événements au statut %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Published at or after</source>
        <translation>Publiés à partir de</translation>
    </message>
    <message>
        <source>Published before</source>
        <translation>Publiés avant</translation>
    </message>
    <message>
        <source>Text in the payload</source>
        <translation>Texte dans la charge utile</translation>
    </message>
</context>
<context>
    <name>hookboard::EventInspector</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en commande curl</translation>
    </message>
    <message>
        <source>Copies a curl command (for sh, bash or zsh) that sends the chosen attempt&apos;s request again: the same body and headers, signatures included, to the receiver&apos;s current URL.</source>
        <translation>Copie une commande curl (pour sh, bash ou zsh) qui renvoie la requête de la tentative choisie&#xa0;: même corps et mêmes en-têtes, signatures comprises, vers l&apos;URL actuelle du destinataire.</translation>
    </message>
    <message>
        <source>Every attempt of this event, oldest first</source>
        <translation>Toutes les tentatives de cet événement, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Vérification de signature</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source> · resent</source>
        <translation> · renvoyée</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2&#xa0;ms</translation>
    </message>
    <message>
        <source>No attempt yet</source>
        <translation>Aucune tentative pour l&apos;instant</translation>
    </message>
    <message>
        <source>Select an event to see its payload, its attempts and how its signatures are checked.</source>
        <translation>Sélectionnez un événement pour voir sa charge utile, ses tentatives et la vérification de ses signatures.</translation>
    </message>
    <message>
        <source>%1 after 1 attempt</source>
        <translation>%1 après 1 tentative</translation>
    </message>
    <message>
        <source>%1 after %2 attempts</source>
        <translation>%1 après %2 tentatives</translation>
    </message>
    <message>
        <source>%1, next at %2</source>
        <translation>%1, prochaine tentative le %2</translation>
    </message>
    <message>
        <source>Event %1 · %2.%3%4 → %5 · %6</source>
        <translation>Événement %1 · %2.%3%4 → %5 · %6</translation>
    </message>
    <message>
        <source> (test)</source>
        <translation> (test)</translation>
    </message>
    <message>
        <source>No attempt yet: requests, responses and signatures are recorded per attempt (each retry has a fresh timestamp).</source>
        <translation>Aucune tentative pour l&apos;instant&#xa0;: les requêtes, réponses et signatures sont enregistrées pour chaque tentative (chaque nouvelle tentative a un nouvel horodatage).</translation>
    </message>
    <message>
        <source>(the receiver was deleted)</source>
        <translation>(le destinataire a été supprimé)</translation>
    </message>
    <message>
        <source>POST %1 · attempt %2 · started %3</source>
        <translation>POST %1 · tentative %2 · commencée le %3</translation>
    </message>
    <message>
        <source> · resent by a person</source>
        <translation> · renvoyée par une personne</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 après %2&#xa0;ms</translation>
    </message>
    <message>
        <source>(truncated: only the first 64 KiB were kept)</source>
        <translation>(tronqué&#xa0;: seuls les 64 premiers Kio ont été conservés)</translation>
    </message>
    <message>
        <source>No response after %1 ms: %2</source>
        <translation>Aucune réponse après %1&#xa0;ms&#xa0;: %2</translation>
    </message>
    <message>
        <source>the attempt ended without an answer</source>
        <translation>la tentative s&apos;est terminée sans réponse</translation>
    </message>
    <message>
        <source>Copied a curl command that sends attempt %1 of event %2 again</source>
        <translation>Commande curl copiée, qui renvoie la tentative %1 de l&apos;événement %2</translation>
    </message>
    <message>
        <source>Edit and send…</source>
        <translation>Modifier et envoyer…</translation>
    </message>
    <message>
        <source>Opens this payload in an editor and sends what you make of it to the same receiver as a new test event; this event stays as it is.</source>
        <translation>Ouvre cette charge utile dans un éditeur et envoie votre version au même destinataire comme nouvel événement de test&#xa0;; cet événement reste tel quel.</translation>
    </message>
    <message>
        <source>Sent your edit to %1 as test event evt_%2; evt_%3 is unchanged</source>
        <translation>Votre version a été envoyée à %1 comme événement de test evt_%2&#xa0;; evt_%3 est inchangé</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copier en commande &amp;curl</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>&amp;Modifier et envoyer…</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
</context>
<context>
    <name>hookboard::EventLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1.%2 (test)</source>
        <translation>%1.%2 (test)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Published %1 (event %2)</source>
        <translation>Publié le %1 (événement %2)</translation>
    </message>
    <message>
        <source>Sent as webhook-id: evt_%1</source>
        <translation>Envoyé avec l&apos;en-tête webhook-id: evt_%1</translation>
    </message>
    <message>
        <source>Next attempt at %1 (Retry now sends it at once)</source>
        <translation>Prochaine tentative&#xa0;: %1 («&#xa0;Réessayer maintenant&#xa0;» l&apos;envoie immédiatement)</translation>
    </message>
    <message>
        <source>No attempt is scheduled</source>
        <translation>Aucune tentative n&apos;est prévue</translation>
    </message>
    <message>
        <source>The last attempt was answered with HTTP %1</source>
        <translation>La dernière tentative a reçu la réponse HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP answer yet (not tried, or a network error)</source>
        <translation>Pas encore de réponse HTTP (aucune tentative, ou erreur réseau)</translation>
    </message>
    <message>
        <source>How long the last attempt took</source>
        <translation>Durée de la dernière tentative</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Of the last attempt. Not sortable: the store keeps no index for it.</source>
        <translation>De la dernière tentative. Tri impossible&#xa0;: la base de données ne conserve pas d&apos;index pour cette colonne.</translation>
    </message>
    <message>
        <source>When a retrying event is tried again. Not sortable.</source>
        <translation>Moment où un événement en «&#xa0;Nouvelle tentative prévue&#xa0;» sera retenté. Tri impossible.</translation>
    </message>
    <message>
        <source>Sorting groups the events by receiver, in the order the receivers were made</source>
        <translation>Le tri regroupe les événements par destinataire, dans l&apos;ordre de création des destinataires</translation>
    </message>
    <message>
        <source>Click to sort; events with the same value stay in time order</source>
        <translation>Cliquez pour trier&#xa0;; les événements de même valeur restent dans l&apos;ordre chronologique</translation>
    </message>
</context>
<context>
    <name>hookboard::EventLogPage</name>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Every delivery, newest first, as it happens. Select one to see its payload, its attempts and how its signatures are checked.</source>
        <translation>Chaque livraison, de la plus récente à la plus ancienne, en temps réel. Sélectionnez-en une pour voir sa charge utile, ses tentatives et la vérification de ses signatures.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Send the selected succeeded, failed or cancelled events again, with the same webhook-id</source>
        <translation>Envoyer à nouveau les événements sélectionnés livrés, en échec ou annulés, avec le même webhook-id</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try the selected retrying events now instead of at their next attempt time</source>
        <translation>Tenter maintenant les événements sélectionnés dont une nouvelle tentative est prévue, au lieu d&apos;attendre l&apos;heure de leur prochaine tentative</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the selected pending or retrying events</source>
        <translation>Arrêter les événements sélectionnés en attente ou dont une nouvelle tentative est prévue</translation>
    </message>
    <message>
        <source>Replay failed events matching the filters</source>
        <translation>Rejouer les événements en échec correspondant aux filtres</translation>
    </message>
    <message>
        <source>Replay failed events of a receiver</source>
        <translation>Rejouer les événements en échec d&apos;un destinataire</translation>
    </message>
    <message>
        <source>Replay failed…</source>
        <translation>Rejouer les échecs…</translation>
    </message>
    <message>
        <source>Send failed events again: those matching the filters, or all of one receiver&apos;s. You are told how many first.</source>
        <translation>Envoyer à nouveau les événements en échec&#xa0;: ceux qui correspondent aux filtres, ou tous ceux d&apos;un destinataire. Leur nombre vous est d&apos;abord indiqué.</translation>
    </message>
    <message>
        <source>Scroll to the newest events</source>
        <translation>Faire défiler jusqu&apos;aux événements les plus récents</translation>
    </message>
    <message>
        <source>Events that match the filters (counted up to %1)</source>
        <translation>Événements correspondant aux filtres (comptés jusqu&apos;à %1)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Reading the events that match the filters. Text in the payload is searched in every stored event, which takes a moment in a large store.</source>
        <translation>Lecture des événements correspondant aux filtres. Le texte de la charge utile est recherché dans chaque événement enregistré, ce qui prend un moment dans une grande base de données.</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Impossible de lire les événements&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>▲ %Ln newer event(s)</source>
        <translation>
            <numerusform>▲ %Ln événement plus récent</numerusform>
            <numerusform>▲ %Ln événements plus récents</numerusform>
        </translation>
    </message>
    <message>
        <source>matching the filters</source>
        <translation>correspondant aux filtres</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>More than %1 events</source>
        <translation>Plus de %1 événements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay failed events of %1</source>
        <translation>Rejouer les événements en échec de %1</translation>
    </message>
    <message>
        <source>Replay failed events of a receiver (select one of its events)</source>
        <translation>Rejouer les événements en échec d&apos;un destinataire (sélectionnez l&apos;un de ses événements)</translation>
    </message>
    <message>
        <source>Reading the events…</source>
        <translation>Lecture des événements…</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Aucun événement ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No events yet.
Every change published to a subscribed receiver shows up here the moment it is stored, and changes as it is delivered.</source>
        <translation>Aucun événement pour l&apos;instant.
Chaque modification publiée vers un destinataire abonné apparaît ici dès qu&apos;elle est enregistrée, et évolue au fil de sa livraison.</translation>
    </message>
    <message>
        <source>&amp;Find in payloads</source>
        <translation>&amp;Rechercher dans les charges utiles</translation>
    </message>
    <message>
        <source>Go to the search for text in the payloads</source>
        <translation>Aller à la recherche de texte dans les charges utiles</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer mainte&amp;nant</translation>
    </message>
    <message>
        <source>&amp;Cancel events</source>
        <translation>&amp;Annuler les événements</translation>
    </message>
    <message>
        <source>You are told how many first.</source>
        <translation>Leur nombre vous est d&apos;abord indiqué.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the events that match the filters, with their attempts, to a file</source>
        <translation>Enregistrer dans un fichier les événements correspondant aux filtres, avec leurs tentatives</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets…</source>
        <translation>CSV, pour les tableurs…</translation>
    </message>
    <message>
        <source>JSON lines, with every attempt…</source>
        <translation>JSON Lines, avec toutes les tentatives…</translation>
    </message>
    <message>
        <source>HAR, for browser and proxy tools…</source>
        <translation>HAR, pour les outils de navigateur et de proxy…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>Go to the ne&amp;west events</source>
        <translation>Aller aux événements les plus récen&amp;ts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Export files</source>
        <translation>Fichiers d&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n event(s) so far</source>
        <translation>
            <numerusform>Exportation… %n événement jusqu&apos;à présent</numerusform>
            <numerusform>Exportation… %n événements jusqu&apos;à présent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The events were not exported: %1</source>
        <translation>Les événements n&apos;ont pas été exportés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop export</source>
        <translation>Arrêter l&apos;export</translation>
    </message>
    <message>
        <source>Stop the export under way; no file is written</source>
        <translation>Arrêter l&apos;export en cours&#xa0;; aucun fichier n&apos;est écrit</translation>
    </message>
</context>
<context>
    <name>hookboard::FieldErrorLabel</name>
    <message>
        <source>Header %1, name: %2</source>
        <translation>En-tête %1, nom&#xa0;: %2</translation>
    </message>
    <message>
        <source>Header %1, value: %2</source>
        <translation>En-tête %1, valeur&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — rule: %2</source>
        <translation>%1 — règle&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>hookboard::GraphQlClient</name>
    <message>
        <source>Could not reach the API: %1</source>
        <translation>Impossible de joindre l’API&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>hookboard::HeaderEditor</name>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sent with every delivery, e.g. Authorization</source>
        <translation>Envoyé avec chaque livraison, p. ex. Authorization</translation>
    </message>
</context>
<context>
    <name>hookboard::HeaderTableModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Edit header name</source>
        <translation>la modification du nom d&apos;en-tête</translation>
    </message>
    <message>
        <source>Edit header value</source>
        <translation>la modification de la valeur d&apos;en-tête</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>l&apos;ajout d&apos;un en-tête</translation>
    </message>
    <message>
        <source>Remove header</source>
        <translation>la suppression d&apos;un en-tête</translation>
    </message>
</context>
<context>
    <name>hookboard::HeadlessApp</name>
    <message>
        <source>cannot catch signal %1; it will stop Hookboard without a clean shutdown</source>
        <translation>impossible d&apos;intercepter le signal %1&#xa0;; il arrêtera Hookboard sans arrêt propre</translation>
    </message>
    <message>
        <source>headless; store %1 (schema version %2)</source>
        <translation>sans interface&#xa0;; base de données %1 (version du schéma %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) interrupted by the last stop went back to the queue</source>
        <translation>
            <numerusform>%n événement interrompu par le dernier arrêt a été remis en file d&apos;attente</numerusform>
            <numerusform>%n événements interrompus par le dernier arrêt ont été remis en file d&apos;attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookboard::HttpMessageView</name>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 octets de données binaires)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1 – en-têtes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>%1 body</source>
        <translation>%1 – corps</translation>
    </message>
</context>
<context>
    <name>hookboard::HttpSender</name>
    <message>
        <source>refused: &quot;%1&quot; is not an https URL</source>
        <translation>refusé&#xa0;: &quot;%1&quot; n&apos;est pas une URL https</translation>
    </message>
    <message>
        <source>refused: %1 is a link-local, cloud-metadata or multicast address (%2); no connection was made</source>
        <translation>refusé&#xa0;: %1 est une adresse lien-local, de métadonnées cloud ou multicast (%2)&#xa0;; aucune connexion n&apos;a été établie</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>refused: %1 resolves to %2, a link-local, cloud-metadata or multicast address (%3); no connection was made</source>
        <translation>refusé&#xa0;: %1 se résout en %2, une adresse lien-local, de métadonnées cloud ou multicast (%3)&#xa0;; aucune connexion n&apos;a été établie</translation>
    </message>
    <message>
        <source>aborted: Hookboard stopped the attempt</source>
        <translation>interrompu&#xa0;: Hookboard a arrêté la tentative</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>%1 (while reading an HTTP %2 response)</source>
        <translation>%1 (lors de la lecture d&apos;une réponse HTTP %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the CA file &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: impossible de lire le fichier CA &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the CA file &quot;%2&quot; holds no PEM certificate</source>
        <translation>%1&#xa0;: le fichier CA &quot;%2&quot; ne contient aucun certificat PEM</translation>
    </message>
</context>
<context>
    <name>hookboard::ImportPreviewDialog</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>a new shared secret is made: give it to the receiver</source>
        <translation>un nouveau secret partagé est créé&#xa0;: transmettez-le au destinataire</translation>
    </message>
    <message>
        <source>Nothing to import: this Hookboard already has every receiver and subscription of the file as it is.</source>
        <translation>Rien à importer&#xa0;: ce Hookboard possède déjà chaque destinataire et chaque abonnement du fichier, à l&apos;identique.</translation>
    </message>
    <message>
        <source>Receivers: %1 new, %2 changed, %3 unchanged. Subscriptions: %4 new, %5 changed.</source>
        <translation>Destinataires&#xa0;: %1 nouveaux, %2 modifiés, %3 inchangés. Abonnements&#xa0;: %4 nouveaux, %5 modifiés.</translation>
    </message>
    <message numerus="yes">
        <source>%n receiver(s) here that the file does not name stay as they are.</source>
        <translation>
            <numerusform>%n destinataire existant que le fichier ne nomme pas reste inchangé.</numerusform>
            <numerusform>%n destinataires existants que le fichier ne nomme pas restent inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <source>Importing %1 will do this. Nothing is written until you choose Import; then all of it is written, or none of it.</source>
        <translation>Importer %1 aura l&apos;effet suivant. Rien n&apos;est écrit tant que vous n&apos;avez pas choisi Importer&#xa0;; ensuite, tout est écrit, ou rien du tout.</translation>
    </message>
    <message>
        <source>What the import changes</source>
        <translation>Ce que l&apos;import modifie</translation>
    </message>
    <message>
        <source>Receiver or subscription</source>
        <translation>Destinataire ou abonnement</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
</context>
<context>
    <name>hookboard::MainWindow</name>
    <message>
        <source>Hookboard</source>
        <translation>Hookboard</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>API explorer</source>
        <translation>Explorateur d&apos;API</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy API token</source>
        <translation>Copier le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Copies the bearer token that scripts send as &quot;Authorization: Bearer …&quot;</source>
        <translation>Copie le jeton Bearer que les scripts envoient sous la forme &quot;Authorization: Bearer …&quot;</translation>
    </message>
    <message>
        <source>API token copied</source>
        <translation>Jeton d&apos;API copié</translation>
    </message>
    <message>
        <source>API: off</source>
        <translation>API&#xa0;: désactivée</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close Hookboard? Deliveries stop until it runs again: pending and retrying events wait, and the API and the sandbox stop answering.

To keep delivering with the window closed, choose &quot;Keep running in the tray&quot; in Settings.</source>
        <translation>Fermer Hookboard&#xa0;? Les livraisons s&apos;arrêtent jusqu&apos;à son prochain lancement&#xa0;: les événements en attente et ceux dont une nouvelle tentative est prévue attendent, et l&apos;API et le bac à sable cessent de répondre.

Pour continuer à livrer une fois la fenêtre fermée, cochez «&#xa0;Continuer l&apos;exécution dans la zone de notification&#xa0;» dans Paramètres.</translation>
    </message>
    <message>
        <source>Close Hookboard? Deliveries stop until it runs again: pending and retrying events wait, and the API and the sandbox stop answering.</source>
        <translation>Fermer Hookboard&#xa0;? Les livraisons s&apos;arrêtent jusqu&apos;à son prochain lancement&#xa0;: les événements en attente et ceux dont une nouvelle tentative est prévue attendent, et l&apos;API et le bac à sable cessent de répondre.</translation>
    </message>
    <message>
        <source>Close Hookboard</source>
        <translation>Fermer Hookboard</translation>
    </message>
    <message>
        <source>Close and stop deliveries</source>
        <translation>Fermer et arrêter les livraisons</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Laisser ouvert</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window and stop delivering</source>
        <translation>Fermer la fenêtre et arrêter les livraisons</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Choose a page with the arrow keys; %1 to %2 go straight to one from anywhere.</source>
        <translation>Choisissez une page avec les touches fléchées&#xa0;; %1 à %2 mènent directement à l&apos;une d&apos;elles depuis n&apos;importe où.</translation>
    </message>
    <message>
        <source>&amp;Navigation list</source>
        <translation>Liste de &amp;navigation</translation>
    </message>
    <message>
        <source>Move the focus to the list of pages on the left</source>
        <translation>Placer le focus sur la liste des pages à gauche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the window</source>
        <translation>Lister tous les raccourcis clavier de la fenêtre</translation>
    </message>
</context>
<context>
    <name>hookboard::OperatorSettingsEditor</name>
    <message>
        <source>This window runs without the settings service, so nothing can be changed here.</source>
        <translation>Cette fenêtre fonctionne sans le service de paramètres&#xa0;: rien ne peut donc être modifié ici.</translation>
    </message>
    <message>
        <source>e.g. 5s, 5m, 30m, 2h, 5h, 10h, 10h</source>
        <translation>p. ex. 5s, 5m, 30m, 2h, 5h, 10h, 10h</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Délais des nouvelles tentatives</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Attempt timeout in seconds</source>
        <translation>Délai d&apos;expiration d&apos;une tentative en secondes</translation>
    </message>
    <message>
        <source>Per receiver:</source>
        <translation>Par destinataire&#xa0;:</translation>
    </message>
    <message>
        <source> in flight</source>
        <translation> en cours</translation>
    </message>
    <message>
        <source>Attempts in flight per receiver</source>
        <translation>Tentatives en cours par destinataire</translation>
    </message>
    <message>
        <source>In all:</source>
        <translation>Au total&#xa0;:</translation>
    </message>
    <message>
        <source>Attempts in flight in all</source>
        <translation>Tentatives en cours au total</translation>
    </message>
    <message>
        <source>Disable after:</source>
        <translation>Désactiver après&#xa0;:</translation>
    </message>
    <message>
        <source> h of failures</source>
        <translation>&#xa0;h d&apos;échecs</translation>
    </message>
    <message>
        <source>Hours of failures in a row before a receiver is disabled</source>
        <translation>Heures d&apos;échecs d&apos;affilée avant la désactivation d&apos;un destinataire</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
    <message>
        <source>keep every event</source>
        <translation>conserver tous les événements</translation>
    </message>
    <message>
        <source>Keep finished events:</source>
        <translation>Conserver les événements terminés&#xa0;:</translation>
    </message>
    <message>
        <source>Days finished events are kept</source>
        <translation>Nombre de jours de conservation des événements terminés</translation>
    </message>
    <message>
        <source>Each retry waits its step ±20 %; after the last step the event fails. A receiver can have its own schedule, timeout and cap. Changes apply to the next attempts without a restart; 410 Gone still disables a receiver at once.</source>
        <translation>Chaque nouvelle tentative attend le délai de son étape ±20&#xa0;%&#xa0;; après la dernière étape, l&apos;événement échoue. Un destinataire peut avoir ses propres délais, son propre délai d&apos;expiration et sa propre limite de tentatives en cours. Les modifications s&apos;appliquent aux prochaines tentatives sans redémarrage&#xa0;; 410 Gone désactive toujours immédiatement un destinataire.</translation>
    </message>
    <message>
        <source>/etc/ssl/certs/our-ca.pem (one file a line)</source>
        <translation>/etc/ssl/certs/our-ca.pem (un fichier par ligne)</translation>
    </message>
    <message>
        <source>Trusted CA files:</source>
        <translation>Fichiers de CA approuvés&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted CA files</source>
        <translation>Fichiers de CA approuvés</translation>
    </message>
    <message>
        <source>Also trusted: %1.</source>
        <translation>Autres sources de confiance&#xa0;: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>10.0.0.0/8 (one range a line)</source>
        <translation>10.0.0.0/8 (une plage par ligne)</translation>
    </message>
    <message>
        <source>Refuse destinations:</source>
        <translation>Refuser les destinations&#xa0;:</translation>
    </message>
    <message>
        <source>Refused destination ranges</source>
        <translation>Plages de destination refusées</translation>
    </message>
    <message>
        <source>Besides link-local, cloud-metadata, 0.0.0.0/8 and multicast, which are always refused.</source>
        <translation>En plus des adresses lien-local, de métadonnées cloud, 0.0.0.0/8 et multicast, qui sont toujours refusées.</translation>
    </message>
    <message>
        <source>169.254.10.0/24 (one range a line)</source>
        <translation>169.254.10.0/24 (une plage par ligne)</translation>
    </message>
    <message>
        <source>Allow inside them:</source>
        <translation>Autoriser à l&apos;intérieur&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed destination ranges</source>
        <translation>Plages de destination autorisées</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the API token</source>
        <translation>Afficher le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the API token</source>
        <translation>Copier le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Copies the bearer token that scripts send as &quot;Authorization: Bearer …&quot;</source>
        <translation>Copie le jeton Bearer que les scripts envoient sous la forme &quot;Authorization: Bearer …&quot;</translation>
    </message>
    <message>
        <source>API token copied.</source>
        <translation>Jeton d&apos;API copié.</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Régénérer…</translation>
    </message>
    <message>
        <source>Regenerate the API token</source>
        <translation>Régénérer le jeton d&apos;API</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>--api-tls-cert/--api-tls-key, --sandbox-listen and --data-dir change the rest at start.</source>
        <translation>--api-tls-cert/--api-tls-key, --sandbox-listen et --data-dir modifient le reste au démarrage.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Appliquer les paramètres</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Revert the settings to what is saved</source>
        <translation>Revenir aux paramètres enregistrés</translation>
    </message>
    <message>
        <source>Set by %1 on the command line for this run.</source>
        <translation>Défini par %1 sur la ligne de commande pour cette exécution.</translation>
    </message>
    <message>
        <source>Needs a restart: the API is bound to its address while it runs.</source>
        <translation>Nécessite un redémarrage&#xa0;: l&apos;API reste liée à son adresse tant qu&apos;elle tourne.</translation>
    </message>
    <message>
        <source>Needs a restart: the API listens on %1 until then.</source>
        <translation>Nécessite un redémarrage&#xa0;: d&apos;ici là, l&apos;API écoute sur %1.</translation>
    </message>
    <message>
        <source>Set by --api-token or HOOKBOARD_API_TOKEN for this run.</source>
        <translation>Défini par --api-token ou HOOKBOARD_API_TOKEN pour cette exécution.</translation>
    </message>
    <message>
        <source>Regenerating takes effect at once: clients holding the old token are refused.</source>
        <translation>La régénération prend effet immédiatement&#xa0;: les clients qui utilisent l&apos;ancien jeton sont refusés.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n value(s) break a rule.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: %n valeur enfreint une règle.</numerusform>
            <numerusform>Rien n&apos;a été enregistré&#xa0;: %n valeurs enfreignent une règle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. The API address takes effect at the next start; the rest applies to the next attempts.</source>
        <translation>Enregistré. L&apos;adresse de l&apos;API prend effet au prochain démarrage&#xa0;; le reste s&apos;applique aux prochaines tentatives.</translation>
    </message>
    <message>
        <source>Saved. Deliveries use the new values from the next attempt on.</source>
        <translation>Enregistré. Les livraisons utilisent les nouvelles valeurs dès la prochaine tentative.</translation>
    </message>
    <message>
        <source>Every API client (scripts, integrations, the curl commands you copied) needs the new token: the current one is refused from the moment it is replaced.</source>
        <translation>Chaque client de l&apos;API (scripts, intégrations, commandes curl que vous avez copiées) a besoin du nouveau jeton&#xa0;: l&apos;actuel est refusé dès qu&apos;il est remplacé.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Keep the current token</source>
        <translation>Conserver le jeton actuel</translation>
    </message>
    <message>
        <source>A new API token is in use; give it to every API client.</source>
        <translation>Un nouveau jeton d&apos;API est en service&#xa0;; transmettez-le à chaque client de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverDirectory</name>
    <message>
        <source>receiver #%1 (deleted)</source>
        <translation>destinataire #%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverForm</name>
    <message>
        <source>This receiver was changed elsewhere since you began editing it. Saving shows both versions so you can choose which to keep.</source>
        <translation>Ce destinataire a été modifié ailleurs depuis que vous avez commencé à le modifier. À l&apos;enregistrement, les deux versions s&apos;affichent pour que vous choisissiez celle à conserver.</translation>
    </message>
    <message>
        <source>e.g. Billing service</source>
        <translation>p. ex. Service de facturation</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>la modification du nom</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>What this endpoint is for, and who looks after it</source>
        <translation>À quoi sert ce point de terminaison, et qui s&apos;en occupe</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>la modification de la description</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Edit URL</source>
        <translation>la modification de l&apos;URL</translation>
    </message>
    <message>
        <source>HTTPS &amp;URL</source>
        <translation>&amp;URL HTTPS</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (application/x-www-form-urlencoded, payload=…)</source>
        <translation>Formulaire (application/x-www-form-urlencoded, payload=…)</translation>
    </message>
    <message>
        <source>Change content type</source>
        <translation>le changement de type de contenu</translation>
    </message>
    <message>
        <source>&amp;Content type</source>
        <translation>&amp;Type de contenu</translation>
    </message>
    <message>
        <source>The HTTP status that counts as a successful delivery</source>
        <translation>Le code de statut HTTP considéré comme une livraison réussie</translation>
    </message>
    <message>
        <source>Change expected response code</source>
        <translation>le changement du code de réponse attendu</translation>
    </message>
    <message>
        <source>E&amp;xpected response</source>
        <translation>&amp;Réponse attendue</translation>
    </message>
    <message>
        <source>Deliver events to this receiver</source>
        <translation>Livrer les événements à ce destinataire</translation>
    </message>
    <message>
        <source>Enable receiver</source>
        <translation>l&apos;activation du destinataire</translation>
    </message>
    <message>
        <source>Disable receiver</source>
        <translation>la désactivation du destinataire</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
    <message>
        <source>Custom &amp;headers</source>
        <translation>En-têtes &amp;personnalisés</translation>
    </message>
    <message>
        <source>Edit secret</source>
        <translation>la modification du secret</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>la régénération du secret</translation>
    </message>
    <message>
        <source>A new secret is in the field.</source>
        <translation>Un nouveau secret figure dans le champ.</translation>
    </message>
    <message>
        <source>A new secret is in the field. Save to replace the old one at once, or rotate to keep the old one signing for a while.</source>
        <translation>Un nouveau secret figure dans le champ. Enregistrez pour remplacer l&apos;ancien immédiatement, ou changez de secret pour que l&apos;ancien continue de signer pendant un certain temps.</translation>
    </message>
    <message>
        <source>Shared &amp;secret</source>
        <translation>&amp;Secret partagé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Forget the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <translation>Pour enregistrer, corrigez&#xa0;: %1</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Aucune modification non enregistrée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The secret in the field is not valid: fix or undo it first</source>
        <translation>Le secret saisi n&apos;est pas valide&#xa0;: corrigez-le ou annulez sa modification d&apos;abord</translation>
    </message>
    <message>
        <source>This receiver no longer exists: it was deleted elsewhere.</source>
        <translation>Ce destinataire n&apos;existe plus&#xa0;: il a été supprimé ailleurs.</translation>
    </message>
    <message>
        <source>Rotated. Deliveries are signed with both secrets until the grace period ends.</source>
        <translation>Secret changé. Les livraisons sont signées avec les deux secrets jusqu&apos;à la fin de la période de grâce.</translation>
    </message>
    <message>
        <source>Rotated. The old secret no longer signs.</source>
        <translation>Secret changé. L&apos;ancien secret ne signe plus.</translation>
    </message>
    <message>
        <source>No stored receiver is being edited</source>
        <translation>Aucun destinataire enregistré n&apos;est en cours de modification</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>type de contenu</translation>
    </message>
    <message>
        <source>expected response</source>
        <translation>réponse attendue</translation>
    </message>
    <message>
        <source>custom headers</source>
        <translation>en-têtes personnalisés</translation>
    </message>
    <message>
        <source>shared secret</source>
        <translation>secret partagé</translation>
    </message>
    <message>
        <source>delivery settings</source>
        <translation>paramètres de livraison</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Save receiver</source>
        <translation>Enregistrer le destinataire</translation>
    </message>
    <message>
        <source>Save the receiver&apos;s settings</source>
        <translation>Enregistrer les paramètres du destinataire</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverHealthPanel</name>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Hourly bars over the last day, or minute bars over the last hour</source>
        <translation>Barres par heure sur le dernier jour, ou barres par minute sur la dernière heure</translation>
    </message>
    <message>
        <source>Events delivered</source>
        <translation>Événements livrés</translation>
    </message>
    <message>
        <source>Of the events published in the period that have finished, those delivered (on any attempt)</source>
        <translation>Parmi les événements publiés dans la période et terminés, ceux qui ont été livrés (à n&apos;importe quelle tentative)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>HTTP attempts in the period, retries and resends included</source>
        <translation>Tentatives HTTP de la période, nouvelles tentatives et renvois compris</translation>
    </message>
    <message>
        <source>Attempt success</source>
        <translation>Succès des tentatives</translation>
    </message>
    <message>
        <source>Attempts in the period answered with the receiver&apos;s expected response code: a retry that succeeds still leaves its failed attempts here</source>
        <translation>Tentatives de la période ayant reçu le code de réponse attendu par le destinataire&#xa0;: une nouvelle tentative qui réussit laisse quand même ici ses tentatives échouées</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Half the attempts took at most this long</source>
        <translation>La moitié des tentatives ont pris au plus ce temps</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>9 in 10 attempts took at most this long</source>
        <translation>9 tentatives sur 10 ont pris au plus ce temps</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>99 in 100 attempts took at most this long</source>
        <translation>99 tentatives sur 100 ont pris au plus ce temps</translation>
    </message>
    <message>
        <source>Select a receiver to see how its deliveries are going.</source>
        <translation>Sélectionnez un destinataire pour voir comment se passent ses livraisons.</translation>
    </message>
    <message>
        <source>This receiver could not be read: %1</source>
        <translation>Impossible de lire ce destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Impossible de lire les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>Could not enable the receiver: %1</source>
        <translation>Impossible d&apos;activer le destinataire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiverListModel</name>
    <message>
        <source>Could not switch this receiver: %1</source>
        <translation>Impossible d&apos;activer ou de désactiver ce destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active: gets new events. Click to disable.</source>
        <translation>Actif&#xa0;: reçoit les nouveaux événements. Cliquez pour le désactiver.</translation>
    </message>
    <message>
        <source>Disabled: gets no new events. Click to enable.</source>
        <translation>Désactivé&#xa0;: ne reçoit aucun nouvel événement. Cliquez pour l&apos;activer.</translation>
    </message>
    <message>
        <source>Statistics are not available without the store.</source>
        <translation>Les statistiques ne sont pas disponibles sans la base de données.</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>Impossible de lire les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>No attempt in the last 24 hours.</source>
        <translation>Aucune tentative au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts succeeded in the last 24 hours.</source>
        <translation>Tentatives réussies au cours des dernières 24 heures&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Attempt durations over the last 24 hours (%1 attempts): median %2, p90 %3, p99 %4.</source>
        <translation>Durées des tentatives au cours des dernières 24 heures (tentatives&#xa0;: %1)&#xa0;: médiane %2, p90 %3, p99 %4.</translation>
    </message>
    <message>
        <source>Attempts that got the expected response code, over the last 24 hours</source>
        <translation>Tentatives ayant reçu le code de réponse attendu, au cours des dernières 24 heures</translation>
    </message>
    <message>
        <source>Median attempt duration over the last 24 hours</source>
        <translation>Durée médiane des tentatives au cours des dernières 24 heures</translation>
    </message>
    <message>
        <source>ACTIVE, FAILING (the last attempt failed) or DISABLED</source>
        <translation>ACTIVE, FAILING (la dernière tentative a échoué) ou DISABLED</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Success (24 h)</source>
        <translation>Succès (24&#xa0;h)</translation>
    </message>
    <message>
        <source>Median (24 h)</source>
        <translation>Médiane (24&#xa0;h)</translation>
    </message>
</context>
<context>
    <name>hookboard::ReceiversPage</name>
    <message>
        <source>Receivers</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Endpoints that get a signed HTTP POST for every change they subscribe to.</source>
        <translation>Points de terminaison qui reçoivent un POST HTTP signé pour chaque modification à laquelle ils sont abonnés.</translation>
    </message>
    <message>
        <source>The receiver was deleted.</source>
        <translation>Le destinataire a été supprimé.</translation>
    </message>
    <message>
        <source>Select a receiver to edit it, or create one with New receiver.</source>
        <translation>Sélectionnez un destinataire pour le modifier, ou créez-en un avec Nouveau destinataire.</translation>
    </message>
    <message>
        <source>New receiver</source>
        <translation>Nouveau destinataire</translation>
    </message>
    <message>
        <source>Delete receiver</source>
        <translation>Supprimer le destinataire</translation>
    </message>
    <message>
        <source>Use a sandbox bin</source>
        <translation>Utiliser une corbeille de capture</translation>
    </message>
    <message>
        <source>Starts a new receiver whose URL is a bin of the built-in sandbox, which records every delivery and checks its signatures</source>
        <translation>Crée un nouveau destinataire dont l&apos;URL est une corbeille de capture du bac à sable intégré, qui enregistre chaque livraison et vérifie ses signatures</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>Événement de test</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>the new receiver</source>
        <translation>le nouveau destinataire</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to %1?</source>
        <translation>Abandonner vos modifications non enregistrées pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>The receiver could not be read: %1</source>
        <translation>Impossible de lire le destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receiver %1 · created by %2 on %3</source>
        <translation>Destinataire %1 · créé par %2 le %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Fill in the settings and save; then subscribe it and send it a test event.</source>
        <translation>Renseignez les paramètres et enregistrez&#xa0;; puis abonnez-le et envoyez-lui un événement de test.</translation>
    </message>
    <message>
        <source>Save the receiver first</source>
        <translation>Enregistrez d&apos;abord le destinataire</translation>
    </message>
    <message>
        <source>Its subscription goes with it</source>
        <translation>Son abonnement est supprimé avec lui</translation>
    </message>
    <message>
        <source>Its %1 subscriptions go with it</source>
        <translation>Ses %1 abonnements sont supprimés avec lui</translation>
    </message>
    <message>
        <source>It has no subscriptions</source>
        <translation>Il n&apos;a aucun abonnement</translation>
    </message>
    <message>
        <source>Delete “%1”?

%2, and its unfinished deliveries are cancelled. The events delivered so far stay in the event log.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?

%2, et ses livraisons non terminées sont annulées. Les événements livrés jusqu&apos;ici restent dans le journal des événements.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The receivers could not be read: %1</source>
        <translation>Impossible de lire les destinataires&#xa0;: %1</translation>
    </message>
    <message>
        <source>No receivers yet.
Click New receiver to add an endpoint that gets signed events:
one of yours, or a sandbox bin to try things out.</source>
        <translation>Aucun destinataire pour l&apos;instant.
Cliquez sur Nouveau destinataire pour ajouter un point de terminaison qui reçoit des événements signés&#xa0;:
l&apos;un des vôtres, ou une corbeille de capture pour faire des essais.</translation>
    </message>
    <message>
        <source>Settings *</source>
        <translation>Paramètres *</translation>
    </message>
    <message>
        <source>&amp;New receiver</source>
        <translation>&amp;Nouveau destinataire</translation>
    </message>
    <message>
        <source>Add an endpoint that Hookboard delivers to</source>
        <translation>Ajouter un point de terminaison auquel Hookboard livre</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Export the receivers and subscriptions to a file, or import such a file</source>
        <translation>Exporter les destinataires et les abonnements dans un fichier, ou importer un tel fichier</translation>
    </message>
    <message>
        <source>&amp;Delete receiver…</source>
        <translation>&amp;Supprimer le destinataire…</translation>
    </message>
    <message>
        <source>Delete the selected receiver and its subscriptions; its events stay in the log</source>
        <translation>Supprimer le destinataire sélectionné et ses abonnements&#xa0;; ses événements restent dans le journal</translation>
    </message>
    <message>
        <source>Receiver details</source>
        <translation>Détails du destinataire</translation>
    </message>
</context>
<context>
    <name>hookboard::SandboxBinListModel</name>
    <message>
        <source>%1 (+%2 dropped)</source>
        <translation>%1 (+%2 suppr.)</translation>
    </message>
    <message>
        <source>The bin keeps its last %1 requests; %2 older ones were dropped. Choose how many it keeps next to its answer.</source>
        <translation>La corbeille conserve ses %1 dernières requêtes&#xa0;; requêtes plus anciennes supprimées&#xa0;: %2. Choisissez le nombre conservé à côté de sa réponse.</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Capturées</translation>
    </message>
</context>
<context>
    <name>hookboard::SandboxPage</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>A receiver inside Hookboard: it records what it is sent, checks the signatures and answers as you set it, so you can rehearse failures, retries and replays.</source>
        <translation>Un destinataire intégré à Hookboard&#xa0;: il enregistre ce qu&apos;on lui envoie, vérifie les signatures et répond comme vous l&apos;avez configuré, pour que vous puissiez répéter les échecs, les nouvelles tentatives et les rejeux.</translation>
    </message>
    <message>
        <source>Listening at %1 with its own certificate, which other tools (curl --cacert, a receiver&apos;s test client) trust with this CA file:</source>
        <translation>À l&apos;écoute sur %1 avec son propre certificat, auquel les autres outils (curl --cacert, le client de test d&apos;un destinataire) font confiance grâce à ce fichier de CA&#xa0;:</translation>
    </message>
    <message>
        <source>Hookboard trusts the sandbox for its own deliveries.</source>
        <translation>Hookboard fait confiance au bac à sable pour ses propres livraisons.</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copies the CA file&apos;s full path</source>
        <translation>Copie le chemin complet du fichier de CA</translation>
    </message>
    <message>
        <source>The sandbox is not running in this window, so there are no bins to show. It starts with Hookboard (see --sandbox-listen).</source>
        <translation>Le bac à sable ne tourne pas dans cette fenêtre&#xa0;: il n&apos;y a donc aucune corbeille à afficher. Il démarre avec Hookboard (voir --sandbox-listen).</translation>
    </message>
    <message>
        <source>new bin name</source>
        <translation>nom de la nouvelle corbeille</translation>
    </message>
    <message>
        <source>Create bin</source>
        <translation>Créer une corbeille</translation>
    </message>
    <message>
        <source>Create a bin on the left, or point any receiver at %1&lt;name&gt;: a bin appears with its first request.</source>
        <translation>Créez une corbeille à gauche, ou faites pointer n&apos;importe quel destinataire vers %1&lt;nom&gt;&#xa0;: une corbeille apparaît avec sa première requête.</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copier l&apos;URL</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Forgets the requests this bin caught; its settings stay</source>
        <translation>Oublie les requêtes capturées par cette corbeille&#xa0;; ses paramètres sont conservés</translation>
    </message>
    <message>
        <source>Remove bin</source>
        <translation>Supprimer la corbeille</translation>
    </message>
    <message>
        <source>Removes the bin with its requests and settings; a new request to its URL makes it again</source>
        <translation>Supprime la corbeille avec ses requêtes et ses paramètres&#xa0;; une nouvelle requête vers son URL la recrée</translation>
    </message>
    <message>
        <source>Create receiver for this bin</source>
        <translation>Créer un destinataire pour cette corbeille</translation>
    </message>
    <message>
        <source>A new receiver whose URL is this bin; subscribe it or send it a test event</source>
        <translation>Un nouveau destinataire dont l&apos;URL est cette corbeille&#xa0;; abonnez-le ou envoyez-lui un événement de test</translation>
    </message>
    <message>
        <source>Open in Receivers</source>
        <translation>Ouvrir dans Destinataires</translation>
    </message>
    <message>
        <source>A bin name is 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nom de corbeille comporte de 1 à 64 lettres, chiffres, &apos;_&apos; ou &apos;-&apos;.</translation>
    </message>
    <message>
        <source>There is a bin named %1 already.</source>
        <translation>Une corbeille nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Bac à sable %1</translation>
    </message>
    <message>
        <source>Delivers to the sandbox bin %1, created on the Sandbox page.</source>
        <translation>Livre à la corbeille %1 du bac à sable, créée sur la page Bac à sable.</translation>
    </message>
    <message>
        <source>Created “%1”; signatures here are checked with its secret.</source>
        <translation>«&#xa0;%1&#xa0;» créé&#xa0;; les signatures sont vérifiées ici avec son secret.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Signatures are checked with the secret of the receiver that points here.</source>
        <translation>Les signatures sont vérifiées avec le secret du destinataire qui pointe ici.</translation>
    </message>
    <message>
        <source>No receiver points here yet: signatures are not checked.</source>
        <translation>Aucun destinataire ne pointe encore ici&#xa0;: les signatures ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>Sandbox CA file</source>
        <translation>Fichier de CA du bac à sable</translation>
    </message>
    <message>
        <source>Bins</source>
        <translation>Corbeilles</translation>
    </message>
    <message>
        <source>New bin name</source>
        <translation>Nom de la nouvelle corbeille</translation>
    </message>
    <message>
        <source>Bin URL</source>
        <translation>URL de la corbeille</translation>
    </message>
    <message>
        <source>Caught requests</source>
        <translation>Requêtes capturées</translation>
    </message>
</context>
<context>
    <name>hookboard::SandboxServer</name>
    <message>
        <source>sandboxListen: the sandbox listens on loopback addresses only, not %1</source>
        <translation>sandboxListen&#xa0;: le bac à sable n&apos;écoute que sur des adresses de bouclage, pas sur %1</translation>
    </message>
    <message>
        <source>bin: must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>bin&#xa0;: doit comporter de 1 à 64 lettres, chiffres, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>bin: the sandbox holds at most %1 bins</source>
        <translation>bin&#xa0;: le bac à sable contient au plus %1 corbeilles</translation>
    </message>
    <message>
        <source>Hookboard sandbox: send requests to /&lt;bin&gt;, where a bin name is 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.
</source>
        <translation>Bac à sable Hookboard&#xa0;: envoyez les requêtes à /&lt;corbeille&gt;, où un nom de corbeille comporte de 1 à 64 lettres, chiffres, &apos;_&apos; ou &apos;-&apos;.
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bin name: use 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.
</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de corbeille&#xa0;: utilisez de 1 à 64 lettres, chiffres, &apos;_&apos; ou &apos;-&apos;.
</translation>
    </message>
    <message>
        <source>the sandbox holds at most %1 bins; remove one first.
</source>
        <translation>le bac à sable contient au plus %1 corbeilles&#xa0;; supprimez-en une d&apos;abord.
</translation>
    </message>
</context>
<context>
    <name>hookboard::SecretEditor</name>
    <message>
        <source>Store a new secret now (the one in the field if you changed it, a generated one otherwise) and keep signing with the old one too until the grace period ends</source>
        <translation>Enregistrer un nouveau secret maintenant (celui du champ si vous l&apos;avez modifié, sinon un secret généré) et continuer à signer aussi avec l&apos;ancien jusqu&apos;à la fin de la période de grâce</translation>
    </message>
    <message>
        <source>whsec_ followed by base64 of 24 to 64 bytes</source>
        <translation>whsec_ suivi du base64 de 24 à 64 octets</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard, for your receiver&apos;s configuration</source>
        <translation>Copier le secret dans le presse-papiers, pour la configuration de votre destinataire</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>Secret copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Put a new random secret in the field. Saving replaces the old one at once; to let your receiver switch over, rotate instead.</source>
        <translation>Placer un nouveau secret aléatoire dans le champ. L&apos;enregistrement remplace immédiatement l&apos;ancien&#xa0;; pour laisser à votre destinataire le temps de basculer, changez plutôt de secret avec «&#xa0;Changer maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>Old secret keeps signing for</source>
        <translation>L&apos;ancien secret signe encore pendant</translation>
    </message>
    <message>
        <source>no time (stops at once)</source>
        <translation>aucune durée (arrêt immédiat)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Changer maintenant</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The previous secret also signs every delivery until %1, so receivers that still check against it keep working.</source>
        <translation>Le secret précédent signe aussi chaque livraison jusqu&apos;au %1, de sorte que les destinataires qui vérifient encore avec lui continuent de fonctionner.</translation>
    </message>
    <message>
        <source>Regenerate only fills the field: saving then replaces the old secret at once. Rotate now switches at once but keeps the old secret signing too for the time chosen, so the receiver can change over without failures.</source>
        <translation>«&#xa0;Régénérer&#xa0;» ne fait que remplir le champ&#xa0;: l’enregistrement remplace alors l’ancien secret immédiatement. «&#xa0;Changer maintenant&#xa0;» change tout de suite mais garde l’ancien secret pour signer aussi pendant la durée choisie, afin que le destinataire puisse basculer sans échecs.</translation>
    </message>
</context>
<context>
    <name>hookboard::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>How the console looks, and how this Hookboard delivers, trusts and listens.</source>
        <translation>L&apos;apparence de la console, et comment ce Hookboard livre, à qui il fait confiance et où il écoute.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Desktop default</source>
        <translation>Thème du bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer l&apos;exécution dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits Hookboard.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification&#xa0;: fermer la fenêtre quitte donc Hookboard.</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>Fermeture&#xa0;:</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>The dispatcher is not running in this window, so nothing is delivered.</source>
        <translation>Le répartiteur ne tourne pas dans cette fenêtre&#xa0;: rien n&apos;est donc livré.</translation>
    </message>
    <message>
        <source>Retry schedule:</source>
        <translation>Délais des nouvelles tentatives&#xa0;:</translation>
    </message>
    <message>
        <source>Attempt timeout:</source>
        <translation>Délai d&apos;expiration d&apos;une tentative&#xa0;:</translation>
    </message>
    <message>
        <source>Trust, API and data</source>
        <translation>Confiance, API et données</translation>
    </message>
    <message>
        <source>the system&apos;s certificate store</source>
        <translation>le magasin de certificats du système</translation>
    </message>
    <message>
        <source>the sandbox&apos;s own CA (%1)</source>
        <translation>la CA propre au bac à sable (%1)</translation>
    </message>
    <message>
        <source>Local API:</source>
        <translation>API locale&#xa0;:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>Bac à sable&#xa0;:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <source>Hookboard speaks %1 from its next start.</source>
        <translation>Langue de Hookboard à partir du prochain démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>hookboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys that work in the window, grouped by the menu or page they belong to. Tab and Shift+Tab move between the controls of a page; in a code editor, where Tab indents, press Escape first.</source>
        <translation>Touches utilisables dans la fenêtre, regroupées selon le menu ou la page auxquels elles appartiennent. Tab et Maj+Tab permettent de passer d&apos;un contrôle à l&apos;autre dans une page&#xa0;; dans un éditeur de code, où Tab indente, appuyez d&apos;abord sur Échap.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>hookboard::SignatureView</name>
    <message>
        <source>✓ The receiver&apos;s current secret gives exactly the signature that was sent.</source>
        <translation>✓ Le secret actuel du destinataire donne exactement la signature envoyée.</translation>
    </message>
    <message>
        <source>✓ The receiver&apos;s previous secret (rotated out) gives the signature that was sent: the receiver must still accept it until the grace period ends.</source>
        <translation>✓ Le secret précédent du destinataire (remplacé lors d&apos;un changement de secret) donne la signature envoyée&#xa0;: le destinataire doit encore l&apos;accepter jusqu&apos;à la fin de la période de grâce.</translation>
    </message>
    <message>
        <source>✗ Neither secret the receiver has now gives this signature: the secret was changed after this attempt.</source>
        <translation>✗ Aucun des secrets actuels du destinataire ne donne cette signature&#xa0;: le secret a été changé après cette tentative.</translation>
    </message>
    <message>
        <source>The receiver was deleted, and its secret with it: the signature cannot be recomputed here.</source>
        <translation>Le destinataire a été supprimé, et son secret avec lui&#xa0;: la signature ne peut pas être recalculée ici.</translation>
    </message>
    <message>
        <source>This attempt carries no such header.</source>
        <translation>Cette tentative ne contient pas cet en-tête.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Standard Webhooks: &lt;code&gt;webhook-signature&lt;/code&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Standard Webhooks&#xa0;: &lt;code&gt;webhook-signature&lt;/code&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your receiver recomputes the signature from the request it got and compares:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre destinataire recalcule la signature à partir de la requête reçue et compare&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Take the secret (&lt;code&gt;whsec_…&lt;/code&gt;), drop the &lt;code&gt;whsec_&lt;/code&gt; prefix and base64-decode the rest: that is the HMAC key%1.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Prenez le secret (&lt;code&gt;whsec_…&lt;/code&gt;), retirez le préfixe &lt;code&gt;whsec_&lt;/code&gt; et décodez le reste en base64&#xa0;: c&apos;est la clé HMAC%1.&lt;/li&gt;</translation>
    </message>
    <message>
        <source> (%1 bytes for this receiver)</source>
        <translation> (%1 octets pour ce destinataire)</translation>
    </message>
    <message>
        <source>&lt;li&gt;Join &lt;code&gt;webhook-id&lt;/code&gt;, &lt;code&gt;webhook-timestamp&lt;/code&gt; and the raw body, exactly as received, with dots. For this attempt: id %1, timestamp %2 (unix seconds of the attempt, new on every retry), so the signed content is:%3&lt;/li&gt;</source>
        <translation>&lt;li&gt;Joignez &lt;code&gt;webhook-id&lt;/code&gt;, &lt;code&gt;webhook-timestamp&lt;/code&gt; et le corps brut, exactement tels que reçus, en les séparant par des points. Pour cette tentative&#xa0;: id %1, timestamp %2 (secondes Unix de la tentative, nouveau à chaque nouvelle tentative)&#xa0;; le contenu signé est donc&#xa0;:%3&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Compute HMAC-SHA256 of that content with the key, base64-encode it and put &lt;code&gt;v1,&lt;/code&gt; in front:%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Calculez le HMAC-SHA256 de ce contenu avec la clé, encodez-le en base64 et placez &lt;code&gt;v1,&lt;/code&gt; devant&#xa0;:%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Compare it, in constant time, with each space-separated entry of the &lt;code&gt;webhook-signature&lt;/code&gt; header (two entries while a rotated secret is in its grace period). This attempt sent:%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Comparez-le, en temps constant, à chaque entrée (séparées par des espaces) de l&apos;en-tête &lt;code&gt;webhook-signature&lt;/code&gt; (deux entrées tant qu&apos;un secret remplacé est dans sa période de grâce). Cette tentative a envoyé&#xa0;:%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;Refuse a timestamp more than a few minutes from your clock, so a captured request cannot be replayed later.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Refusez un horodatage qui s&apos;écarte de plus de quelques minutes de votre horloge, pour qu&apos;une requête interceptée ne puisse pas être rejouée plus tard.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the previous secret, the signature would be %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avec le secret précédent, la signature serait %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GitHub style: &lt;code&gt;X-Hub-Signature-256&lt;/code&gt;&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Style GitHub&#xa0;: &lt;code&gt;X-Hub-Signature-256&lt;/code&gt;&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;HMAC-SHA256 of the raw body alone, keyed with the UTF-8 bytes of the whole secret (&lt;code&gt;whsec_&lt;/code&gt; included), hex-encoded after &lt;code&gt;sha256=&lt;/code&gt;. This attempt sent %1; the current secret gives %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;HMAC-SHA256 du corps brut seul, avec pour clé les octets UTF-8 du secret entier (&lt;code&gt;whsec_&lt;/code&gt; compris), encodé en hexadécimal après &lt;code&gt;sha256=&lt;/code&gt;. Signature envoyée par cette tentative&#xa0;: %1&#xa0;; le secret actuel donne&#xa0;: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>nothing (no secret)</source>
        <translation>rien (aucun secret)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Most mismatches come from checking a parsed and re-serialised body instead of the raw bytes, or from using the secret text itself as the Standard Webhooks key instead of its base64-decoded bytes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La plupart des non-concordances viennent de la vérification d&apos;un corps analysé puis resérialisé au lieu des octets bruts, ou de l&apos;utilisation du texte même du secret comme clé Standard Webhooks au lieu de ses octets décodés du base64.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hookboard::SubscriptionGridModel</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Non abonné</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Subscribed · %1</source>
        <translation>Abonné · %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused · %1</source>
        <translation>En pause · %1</translation>
    </message>
    <message>
        <source>%1: not subscribed. Click to subscribe.</source>
        <translation>%1&#xa0;: non abonné. Cliquez pour abonner le destinataire.</translation>
    </message>
    <message>
        <source>%1: subscribed (subscription %2), every matching change is delivered. Click to pause.</source>
        <translation>%1&#xa0;: abonné (abonnement %2), chaque modification correspondante est livrée. Cliquez pour mettre en pause.</translation>
    </message>
    <message>
        <source>%1: paused (subscription %2), no new events until it is resumed. Click to unsubscribe; right-click to resume.</source>
        <translation>%1&#xa0;: en pause (abonnement %2), aucun nouvel événement tant qu&apos;il n&apos;est pas repris. Cliquez pour désabonner&#xa0;; clic droit pour reprendre.</translation>
    </message>
    <message>
        <source>No such cell</source>
        <translation>Cellule inexistante</translation>
    </message>
    <message>
        <source>Save the receiver before subscribing it</source>
        <translation>Enregistrez le destinataire avant de l&apos;abonner</translation>
    </message>
</context>
<context>
    <name>hookboard::SubscriptionPanel</name>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>Impossible de lire les abonnements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <source>Paused: no new events</source>
        <translation>En pause&#xa0;: aucun nouvel événement</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Non abonné</translation>
    </message>
    <message>
        <source>Subscribed cells get every matching change; the number is how many events the subscription has had.</source>
        <translation>Les cellules abonnées reçoivent chaque modification correspondante&#xa0;; le nombre indique combien d&apos;événements l&apos;abonnement a reçus.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) subscribed</source>
        <translation>
            <numerusform>%Ln modification abonnée</numerusform>
            <numerusform>%Ln modifications abonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscription(s) paused</source>
        <translation>
            <numerusform>%Ln abonnement en pause</numerusform>
            <numerusform>%Ln abonnements en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) unsubscribed</source>
        <translation>
            <numerusform>%Ln modification désabonnée</numerusform>
            <numerusform>%Ln modifications désabonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribe to every action of %1</source>
        <translation>S’abonner à toutes les actions de %1</translation>
    </message>
    <message>
        <source>Subscribe to %1 of every resource</source>
        <translation>S’abonner à %1 de toutes les ressources</translation>
    </message>
    <message>
        <source>Unsubscribe from every action of %1</source>
        <translation>Se désabonner de toutes les actions de %1</translation>
    </message>
    <message>
        <source>Unsubscribe from %1 of every resource</source>
        <translation>Se désabonner de %1 de toutes les ressources</translation>
    </message>
    <message>
        <source>Subscribe to every change</source>
        <translation>S’abonner à toutes les modifications</translation>
    </message>
    <message>
        <source>Unsubscribe from every change</source>
        <translation>Se désabonner de toutes les modifications</translation>
    </message>
    <message>
        <source>Click a cell (or press Space on it) to subscribe this receiver to that change. Again to pause it, a third time to unsubscribe; right-click (or the Menu key) for every choice.</source>
        <translation>Cliquez sur une cellule (ou appuyez sur Espace dessus) pour abonner ce destinataire à cette modification. Cliquez à nouveau pour mettre l&apos;abonnement en pause, une troisième fois pour le désabonner&#xa0;; clic droit (ou touche Menu) pour tous les choix.</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Undo subscription change</source>
        <translation>Annuler la modification d&apos;abonnement</translation>
    </message>
</context>
<context>
    <name>hookboard::TestEventPanel</name>
    <message>
        <source>&amp;Resource</source>
        <translation>&amp;Ressource</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Payload (the event&apos;s data, a JSON object)</source>
        <translation>&amp;Charge utile (les données de l&apos;événement, un objet JSON)</translation>
    </message>
    <message>
        <source>Reset to sample</source>
        <translation>Rétablir l&apos;exemple</translation>
    </message>
    <message>
        <source>Put the catalog&apos;s sample payload for this resource back</source>
        <translation>Remet la charge utile d&apos;exemple du catalogue pour cette ressource</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Send a test event to see what the receiver answers: the status, the response and how long it took.</source>
        <translation>Envoyez un événement de test pour voir ce que répond le destinataire&#xa0;: le statut, la réponse et le temps qu&apos;il a fallu.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>data: must be a JSON object, as in {&quot;id&quot;: 1}</source>
        <translation>data&#xa0;: doit être un objet JSON, comme {&quot;id&quot;: 1}</translation>
    </message>
    <message>
        <source>Send this payload to “%1” as a test event</source>
        <translation>Envoyer cette charge utile à «&#xa0;%1&#xa0;» comme événement de test</translation>
    </message>
    <message>
        <source>Save the receiver first</source>
        <translation>Enregistrez d&apos;abord le destinataire</translation>
    </message>
    <message>
        <source>Pending: waiting for the dispatcher</source>
        <translation>En attente&#xa0;: l&apos;événement attend le répartiteur</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>En cours d&apos;envoi…</translation>
    </message>
    <message>
        <source>Retrying: the attempt failed; the next one is at %1</source>
        <translation>Nouvelle tentative prévue&#xa0;: la tentative a échoué&#xa0;; la prochaine aura lieu à %1</translation>
    </message>
    <message>
        <source>Retrying: the attempt failed</source>
        <translation>Nouvelle tentative prévue&#xa0;: la tentative a échoué</translation>
    </message>
    <message>
        <source>Succeeded: the receiver answered as expected (%1)</source>
        <translation>Livré&#xa0;: le destinataire a répondu comme attendu (%1)</translation>
    </message>
    <message>
        <source>Failed: the attempts are used up</source>
        <translation>Échec&#xa0;: toutes les tentatives sont épuisées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · created at %4</source>
        <translation>#%1 · %2 · %3 · créé à %4</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>… (%1 bytes in all; the event log shows the rest)</source>
        <translation>… (%1 octets au total&#xa0;; le journal des événements affiche le reste)</translation>
    </message>
    <message>
        <source>The dispatcher is not running, so the event is stored and waits. It is delivered once Hookboard runs with its dispatcher.</source>
        <translation>Le répartiteur ne tourne pas&#xa0;: l&apos;événement est donc enregistré et attend. Il sera livré dès que Hookboard tournera avec son répartiteur.</translation>
    </message>
    <message>
        <source>“%1” is disabled: the event is held until the receiver is enabled again.</source>
        <translation>«&#xa0;%1&#xa0;» est désactivé&#xa0;: l&apos;événement est retenu jusqu&apos;à ce que le destinataire soit réactivé.</translation>
    </message>
</context>
<context>
    <name>hookboard::TrayIcon</name>
    <message>
        <source>Hookboard</source>
        <translation>Hookboard</translation>
    </message>
    <message>
        <source>Open Hookboard</source>
        <translation>Ouvrir Hookboard</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer l&apos;exécution dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Quit Hookboard</source>
        <translation>Quitter Hookboard</translation>
    </message>
    <message>
        <source>Hookboard is still running</source>
        <translation>Hookboard est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Deliveries go on in the background. Click the tray icon to open the window, or choose Quit from its menu to stop.</source>
        <translation>Les livraisons continuent en arrière-plan. Cliquez sur l&apos;icône de la zone de notification pour ouvrir la fenêtre, ou choisissez Quitter dans son menu pour l&apos;arrêter.</translation>
    </message>
    <message>
        <source>Receiver disabled: %1</source>
        <translation>Destinataire désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Its pending events are held until it is enabled again on the Receivers page.</source>
        <translation>%1
Ses événements en attente sont retenus jusqu&apos;à ce qu&apos;il soit réactivé sur la page Destinataires.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more failed delivery attempt(s) since the last message</source>
        <translation>
            <numerusform>%Ln tentative de livraison échouée de plus depuis le dernier message</numerusform>
            <numerusform>%Ln tentatives de livraison échouées de plus depuis le dernier message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery attempt(s) failed</source>
        <translation>
            <numerusform>%Ln tentative de livraison a échoué</numerusform>
            <numerusform>%Ln tentatives de livraison ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>Deliveries to %1 are failing</source>
        <translation>Les livraisons vers %1 échouent</translation>
    </message>
    <message>
        <source>%1, the last with %2.</source>
        <translation>%1, la dernière avec %2.</translation>
    </message>
    <message>
        <source>%1: %2 failed</source>
        <translation>%1&#xa0;: %2 en échec</translation>
    </message>
    <message>
        <source>and 1 more receiver</source>
        <translation>et 1 autre destinataire</translation>
    </message>
    <message>
        <source>and %1 more receivers</source>
        <translation>et %1 autres destinataires</translation>
    </message>
    <message>
        <source>%1 delivery attempts failed to %2 receivers</source>
        <translation>%1 tentatives de livraison ont échoué vers %2 destinataires</translation>
    </message>
    <message>
        <source>receiver #%1</source>
        <translation>destinataire #%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try &apos;hookboard --help&apos; for the options.</source>
        <translation>Essayez &apos;hookboard --help&apos; pour voir les options.</translation>
    </message>
    <message>
        <source>no display found, running headless</source>
        <translation>aucun affichage trouvé, exécution sans interface graphique</translation>
    </message>
    <message>
        <source>built without the console, running headless</source>
        <translation>compilé sans la console, exécution sans interface graphique</translation>
    </message>
</context>
</TS>
