import GRDB

/// The ledger's schema, as named, ordered migrations. Never edit a shipped migration: add one.
enum LedgerMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-ledger") { db in
            try db.execute(sql: """
            CREATE TABLE workspace_meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            -- Dates are Unix seconds (UTC); days are counted in the marketplace's time zone by the code.
            CREATE TABLE orders (
                seller TEXT NOT NULL,
                order_id TEXT NOT NULL,
                marketplace TEXT NOT NULL,
                purchase_date INTEGER NOT NULL,
                last_updated INTEGER,
                status TEXT NOT NULL,
                fulfillment_channel TEXT,
                sales_channel TEXT,
                earliest_delivery INTEGER,
                latest_delivery INTEGER,
                delivered_at INTEGER,
                buyer_locale TEXT,
                buyer_opted_out INTEGER NOT NULL DEFAULT 0,
                buyer_hash TEXT,
                PRIMARY KEY (seller, order_id)
            ) WITHOUT ROWID;
            CREATE TABLE order_items (
                seller TEXT NOT NULL,
                order_id TEXT NOT NULL,
                sku TEXT NOT NULL,
                asin TEXT,
                product_name TEXT,
                quantity INTEGER NOT NULL DEFAULT 1,
                PRIMARY KEY (seller, order_id, sku)
            ) WITHOUT ROWID;
            CREATE TABLE messages (
                id INTEGER PRIMARY KEY,
                seller TEXT NOT NULL,
                order_id TEXT NOT NULL,
                type TEXT NOT NULL,
                channel TEXT NOT NULL,
                template TEXT,
                language TEXT,
                sent_at INTEGER NOT NULL,
                content_hash TEXT,
                status TEXT NOT NULL DEFAULT 'sent',
                source TEXT NOT NULL DEFAULT 'console'
            );
            CREATE INDEX messages_by_order ON messages (seller, order_id, sent_at);
            CREATE INDEX messages_by_day ON messages (seller, sent_at);
            CREATE TABLE imports (
                id INTEGER PRIMARY KEY,
                seller TEXT NOT NULL,
                kind TEXT NOT NULL,
                file_name TEXT NOT NULL,
                file_hash TEXT NOT NULL,
                rows INTEGER NOT NULL,
                imported_at INTEGER NOT NULL,
                UNIQUE (seller, kind, file_hash)
            );
            -- Buyer personal data lives only here, each value with its expiry (DPP: 30 days after delivery).
            CREATE TABLE buyer_pii (
                seller TEXT NOT NULL,
                order_id TEXT NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                expires_at INTEGER,
                PRIMARY KEY (seller, order_id, field)
            ) WITHOUT ROWID;
            CREATE INDEX buyer_pii_by_expiry ON buyer_pii (expires_at);
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                user TEXT NOT NULL,
                command TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """)
        }
        migrator.registerMigration("v2-ledger-indexes") { db in
            try db.execute(sql: """
            -- plan: orders still within reach of a message, by seller and purchase date.
            CREATE INDEX orders_by_purchase ON orders (seller, purchase_date);
            -- buyer data per order, for the audit's merge by order id.
            CREATE INDEX buyer_pii_by_order ON buyer_pii (seller, order_id, expires_at);
            """)
        }
        migrator.registerMigration("v3-ledger-covering-indexes") { db in
            try db.execute(sql: """
            -- audit and plan: every column of a message, in (order, time) order, without touching the table.
            CREATE INDEX messages_by_order_covering
                ON messages (seller, order_id, sent_at, id, type, channel, status, template, language);
            DROP INDEX messages_by_order;
            """)
        }
        migrator.registerMigration("v4-import-file-size") { db in
            // An import waits for its file's hash only when a file of the same size was imported before.
            try db.execute(sql: "ALTER TABLE imports ADD COLUMN file_size INTEGER")
        }
        migrator.registerMigration("v5-order-history") { db in
            try db.execute(sql: PackedHistory.schema)
            try db.execute(sql: PackedHistory.backfill)
            try db.execute(sql: StoredScanRuns.schema)
            try StoredScanRuns.refreshEverySeller(db, runs: Ledger.scanRuns, minimumRun: Ledger.defaultMinimumScanChunk)
        }
        migrator.registerMigration("v6-drop-orders-by-purchase") { db in
            // `plan` reads orders in order-id order on the primary key (`+purchase_date`), and nothing
            // else looked orders up by purchase date: the index only cost every imported order a b-tree insert.
            try db.execute(sql: "DROP INDEX orders_by_purchase")
        }
        return migrator
    }
}
