package io.vetted.vendor.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AreaRepository extends GenericRepository<AreaRow, String> {

    @Query("""
            SELECT d.code, d.name, r.code AS region_code, r.name AS region_name
              FROM department d JOIN region r ON r.code = d.region_code
             ORDER BY r.name, d.code""")
    List<AreaRow> findAllDepartments();
}
